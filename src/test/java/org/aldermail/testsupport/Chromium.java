package org.aldermail.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium and chromedriver for the browser tests, headless, at a phone's size (390 × 844 CSS pixels).
 *
 * <p>Where they are not installed the browser tests are skipped with a loud message, unless
 * {@code -Daldermail.browser-tests=required} (or {@code ALDERMAIL_BROWSER_TESTS=required}) is set, as {@code .ci/run}
 * does: then a missing browser fails the run. {@code ALDERMAIL_CHROMIUM} and {@code ALDERMAIL_CHROMEDRIVER} point at
 * other binaries.
 */
public final class Chromium {

    public static final int PHONE_WIDTH = 390;
    public static final int PHONE_HEIGHT = 844;
    public static final int NARROWEST = 320;
    public static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private static boolean skipAnnounced;

    private Chromium() {}

    /** Skips (or, when required, fails) the calling test when there is no browser to drive. */
    public static void requireOrSkip() {
        Optional<String> missing = missing();
        if (missing.isEmpty()) {
            return;
        }
        String message = "Browser tests need Debian's chromium and chromium-driver (apt-get install -y chromium "
                + "chromium-driver): " + missing.get();
        if ("required".equalsIgnoreCase(mode())) {
            fail(message + ". They are required here (aldermail.browser-tests=required).");
        }
        if (!skipAnnounced) {
            skipAnnounced = true;
            String banner = "*".repeat(100);
            System.err.println("\n" + banner + "\n*** SKIPPING THE BROWSER TESTS. " + message
                    + "\n*** Set -Daldermail.browser-tests=required to make this a failure.\n" + banner + "\n");
        }
        Assumptions.abort(message);
    }

    /** A fresh headless Chromium, the pages' JavaScript on or off, sized like a phone. */
    public static ChromeDriver start(boolean javascript) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary());
        Path profile;
        try {
            profile = Files.createTempDirectory("aldermail-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-default-apps",
                "--disable-extensions",
                "--no-first-run",
                "--no-default-browser-check",
                "--lang=en-US",
                "--hide-scrollbars",
                "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=" + PHONE_WIDTH + "," + PHONE_HEIGHT);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        // The console, for tests that check what the browser refused (a frame, a script)
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(driverBinary()).toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        phoneSize(driver, PHONE_WIDTH);
        scripts(driver, javascript);
        return driver;
    }

    /**
     * Turns the pages' own scripts on or off (DevTools' script execution switch, which holds across navigations). The
     * tests turn them on for a moment to run their checks in a page loaded without them.
     */
    public static void scripts(ChromeDriver driver, boolean enabled) {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
    }

    /** Emulates a phone screen {@code width} CSS pixels wide (touch, mobile viewport, 1 device pixel per CSS pixel). */
    public static void phoneSize(ChromeDriver driver, int width) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", PHONE_HEIGHT, "deviceScaleFactor", 1, "mobile", true));
    }

    /**
     * Saves what a phone shows of the page (its top) as {@code target/screenshots/<name>.png}, and the whole page as
     * {@code target/screenshots/full/<name>.png}.
     */
    public static Path screenshot(ChromeDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS.resolve("full"));
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight;");
            Map<String, Object> full = driver.executeCdpCommand(
                    "Page.captureScreenshot",
                    Map.of(
                            "format",
                            "png",
                            "captureBeyondViewport",
                            true,
                            "clip",
                            Map.of("x", 0, "y", 0, "width", PHONE_WIDTH, "height", height.intValue(), "scale", 1)));
            Files.write(
                    SCREENSHOTS.resolve("full").resolve(name + ".png"),
                    Base64.getDecoder().decode((String) full.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until the page {@code html} belonged to is replaced and the next one has loaded: with the pages' scripts on,
     * until the document is complete; without them, until its footer is there.
     */
    public static void awaitNextPage(ChromeDriver driver, WebElement html, boolean javascript) {
        WebDriverWait await = new WebDriverWait(driver, Duration.ofSeconds(15));
        await.until(d -> {
            try {
                html.isEnabled();
                return false;
            } catch (StaleElementReferenceException | NoSuchElementException gone) {
                return true;
            } catch (WebDriverException e) {
                // Chromium sometimes answers for a node of the page being replaced with this instead.
                return String.valueOf(e.getMessage()).contains("does not belong to the document");
            }
        });
        if (javascript) {
            await.until(d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState;")));
        } else {
            await.until(
                    d -> !d.findElements(By.cssSelector("footer.site-footer")).isEmpty());
        }
    }

    /** The axe-core script (from its WebJar), to inject into pages. */
    public static String axeScript() {
        try (InputStream in = Chromium.class.getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the test classpath: " + AXE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> missing() {
        for (String file : List.of(binary(), driverBinary())) {
            if (!Files.isExecutable(Path.of(file))) {
                return Optional.of(file + " is not installed");
            }
        }
        return Optional.empty();
    }

    private static String mode() {
        String property = System.getProperty("aldermail.browser-tests");
        return property != null
                ? property
                : Optional.ofNullable(System.getenv("ALDERMAIL_BROWSER_TESTS")).orElse("");
    }

    private static String binary() {
        return Optional.ofNullable(System.getenv("ALDERMAIL_CHROMIUM")).orElse("/usr/bin/chromium");
    }

    private static String driverBinary() {
        return Optional.ofNullable(System.getenv("ALDERMAIL_CHROMEDRIVER")).orElse("/usr/bin/chromedriver");
    }
}
