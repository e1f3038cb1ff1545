package org.aldermail.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.aldermail.campaign.TestCampaigns;
import org.aldermail.delivery.LetterStatus;
import org.aldermail.delivery.TestLetters;
import org.aldermail.testsupport.Axe;
import org.aldermail.testsupport.Chromium;
import org.aldermail.testsupport.OrganizerSession;
import org.aldermail.ward.WardService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An organizer logs in and reads the dashboard in a real (headless) Chromium, at a phone's width and at a laptop's:
 * the shipped campaign with test letters, its map, table, failures and downloads. Every page is checked with axe-core
 * (no serious or critical violation) and screenshotted; the screenshots are copied to {@code docs/screenshots/}.
 */
@QuarkusTest
@WithTestResource(TestCampaigns.class)
class AdminBrowserTest {

    static final int LAPTOP_WIDTH = 1280;
    static final int LAPTOP_HEIGHT = 900;
    static final Path DOCS = Path.of("docs/screenshots");
    private static final String CAMPAIGN = TestCampaigns.SHIPPED;
    private static boolean lettersWritten;

    @TestHTTPResource("/")
    URL base;

    @Inject
    WardService wards;

    private ChromeDriver driver;

    @BeforeEach
    void browser() {
        Chromium.requireOrSkip();
        driver = Chromium.start(false);
        if (!lettersWritten) {
            lettersWritten = true;
            Map<Integer, Integer> letters = Map.of(15, 9, 1, 4, 25, 3, 42, 2, 12, 1, 33, 6);
            letters.forEach((ward, count) -> {
                for (int i = 0; i < count; i++) {
                    TestLetters.insert(spec(ward).source(i % 3 == 0 ? "partner-a" : "web"), LetterStatus.SENT);
                }
            });
            TestLetters.insert(spec(15), LetterStatus.QUEUED);
            TestLetters.insert(spec(3), LetterStatus.FAILED);
        }
    }

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void anOrganizerLogsInAndReadsTheDashboardOnAPhone() throws IOException {
        flow("phone", false);
    }

    @Test
    void anOrganizerLogsInAndReadsTheDashboardOnALaptop() throws IOException {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", LAPTOP_WIDTH, "height", LAPTOP_HEIGHT, "deviceScaleFactor", 1, "mobile", false));
        flow("laptop", true);
    }

    private void flow(String name, boolean laptop) throws IOException {
        driver.get(base + "admin/c/" + CAMPAIGN);
        assertThat(driver.getCurrentUrl()).contains("/admin/login");
        check("admin-" + name + "-1-login", laptop);
        driver.findElement(By.id("j_username")).sendKeys(OrganizerSession.USERNAME);
        driver.findElement(By.id("j_password")).sendKeys(OrganizerSession.PASSWORD);
        driver.findElement(By.cssSelector("form.login-form button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("/admin/c/" + CAMPAIGN)
                        || d.getCurrentUrl().endsWith("/admin"));
        if (!driver.getCurrentUrl().contains("/admin/c/")) {
            driver.findElement(By.cssSelector("a[href^='/admin/c/" + CAMPAIGN + "']"))
                    .click();
        }
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Dashboard: ");
        assertThat(driver.findElements(By.cssSelector("svg.ward-map path[data-ward]")))
                .hasSize(50);
        assertThat(driver.findElements(By.cssSelector("table.wards tbody tr"))).hasSize(50);
        check("admin-" + name + "-2-dashboard", laptop);

        driver.findElement(By.linkText("Letters counted")).click();
        assertThat(driver.getCurrentUrl()).contains("sort=counted");
        assertThat(driver.findElement(By.cssSelector("table.wards tbody tr th")).getText())
                .isEqualTo("15");
        driver.get(base + "admin/organizers");
        check("admin-" + name + "-3-organizers", laptop);
        driver.get(base + "c/" + CAMPAIGN + "/progress");
        check("progress-" + name, laptop);
    }

    private void check(String page, boolean laptop) throws IOException {
        Chromium.scripts(driver, true);
        Path shot;
        if (laptop) {
            Files.createDirectories(Chromium.SCREENSHOTS);
            shot = Chromium.SCREENSHOTS.resolve(page + ".png");
            Files.write(shot, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } else {
            shot = Chromium.screenshot(driver, page);
        }
        List<Axe.Violation> violations = Axe.check(driver, page);
        Number width = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
        Number viewport = (Number) driver.executeScript("return window.innerWidth;");
        Chromium.scripts(driver, false);
        Files.createDirectories(DOCS);
        Files.copy(shot, DOCS.resolve(page + ".png"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(Axe.blocking(violations))
                .as("serious or critical accessibility violations on " + page)
                .isEmpty();
        assertThat(width.intValue()).as("no sideways scrolling on " + page).isLessThanOrEqualTo(viewport.intValue());
    }

    private TestLetters.Spec spec(int ward) {
        var alder = wards.ward(ward).orElseThrow().alder();
        return TestLetters.server(CAMPAIGN, ward, alder.name(), alder.email());
    }
}
