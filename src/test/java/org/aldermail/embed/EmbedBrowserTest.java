package org.aldermail.embed;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.aldermail.campaign.TestCampaigns;
import org.aldermail.delivery.OutboxDispatcher;
import org.aldermail.stats.StatsService;
import org.aldermail.testsupport.Axe;
import org.aldermail.testsupport.Chromium;
import org.aldermail.testsupport.ConfirmationMails;
import org.aldermail.testsupport.PartnerSites;
import org.aldermail.testsupport.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The embed in a real (headless) Chromium, on partner pages served from other origins (other ports on 127.0.0.1; the
 * app is {@code localhost}, another site): the whole flow inside the iframe, the letter counted for the partner's
 * source, the frame's height following each step, several embeds on one page, the utm_* fallback, "Use my location"
 * only where the frame may ask, an unlisted site refused by the browser, and axe-core inside the frame.
 */
@QuarkusTest
@WithTestResource(TestCampaigns.class)
@WithTestResource(PartnerSites.class)
class EmbedBrowserTest {

    static final String CAMPAIGN = TestCampaigns.SHIPPED;
    static final String ADDRESS = "2650 West 51st Street";
    static final String WARD_15_ALDER = "Raymond A. Lopez";

    /** A laptop's width, for the screenshot of a partner's page with the form in a column. */
    private static final int WIDE = 1024;

    private static ChromeDriver driver;

    @TestHTTPResource("/")
    URL base;

    @Inject
    MockMailbox mailbox;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    StatsService stats;

    @Inject
    TestClock clock;

    @BeforeEach
    void browserOrSkip() {
        Chromium.requireOrSkip();
        if (driver == null) {
            driver = Chromium.start(true);
        }
        driver.switchTo().defaultContent();
        Chromium.phoneSize(driver, Chromium.PHONE_WIDTH);
    }

    @AfterAll
    static void quitBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void aLetterSentInsideThePartnersFrameIsCountedForThePartner() {
        String source = "pilsen-" + UUID.randomUUID().toString().substring(0, 8);
        driver.get(PartnerSites.listedOrigin() + "/?app=" + app() + "&campaign=" + CAMPAIGN + "&source=" + source);
        WebElement frame = embed(0);
        assertThat(frame.getAttribute("src")).startsWith(app() + "/embed/" + CAMPAIGN + "?lang=en&source=" + source);
        List<Integer> heights = new ArrayList<>();
        heights.add(heightFollowsContent(frame, "embed-1-campaign"));
        screenshot("embed-1-partner-page");
        Chromium.phoneSize(driver, WIDE);
        heightFollowsContent(frame, "embed-1-campaign-wide");
        screenshot("embed-0-partner-page-wide");
        Chromium.phoneSize(driver, Chromium.PHONE_WIDTH);
        heightFollowsContent(frame, "embed-1-campaign-phone-again");
        insideFrame(frame, () -> {
            assertThat(driver.findElement(By.cssSelector("[data-locate]")).isDisplayed())
                    .as("use my location, allowed by the frame")
                    .isTrue();
            typeAndEnter(By.id("address"), ADDRESS);
            assertThat(text("h1")).isEqualTo("Your letter to " + WARD_15_ALDER);
        });
        heights.add(heightFollowsContent(frame, "embed-2-letter"));
        screenshot("embed-2-partner-page-letter");
        String email = "ana+" + UUID.randomUUID() + "@example.org";
        insideFrame(frame, () -> {
            driver.findElement(By.id("name")).sendKeys("Ana Pérez");
            driver.findElement(By.id("email")).sendKeys(email);
            driver.findElement(By.id("note")).sendKeys("Our block needs this.");
            submit(By.cssSelector("button[name=mode][value=server]"));
            assertThat(text("h1")).isEqualTo("Thank you, Ana Pérez");
        });
        heights.add(heightFollowsContent(frame, "embed-3-thanks"));
        screenshot("embed-3-partner-page-thanks");
        assertThat(heights).as("the frame's height per step").doesNotHaveDuplicates();
        assertThat(stats.forCampaign(CAMPAIGN).bySource()).doesNotContainKey(source);

        dispatcher.dispatchDue();
        driver.get(app() + "/letters/confirm/" + ConfirmationMails.token(mailbox, email));
        WebElement html = driver.findElement(By.tagName("html"));
        clock.advance(Duration.ofSeconds(3));
        driver.findElement(By.cssSelector("main form button")).click();
        awaitNextPage(html);
        dispatcher.dispatchDue();
        assertThat(stats.forCampaign(CAMPAIGN).bySource()).containsEntry(source, 1L);
    }

    @Test
    void severalEmbedsOnOnePageEachFollowTheirOwnContentAndUtmCreditsTheRest() {
        driver.get(PartnerSites.listedOrigin() + "/?app=" + app() + "&campaign=" + CAMPAIGN
                + "&embeds=2&fallback=1&source=first-embed&utm_source=newsletter&utm_campaign=may%20vote%21");
        WebElement english = embed(0);
        WebElement spanish = embed(1);
        assertThat(english.getAttribute("src")).endsWith("?lang=en&source=first-embed");
        assertThat(spanish.getAttribute("src")).endsWith("?lang=es&source=newsletter.may-vote");
        assertThat(spanish.getAttribute("title")).isEqualTo("Escríbale a su concejal");
        heightFollowsContent(english, "embed-several-en");
        int spanishHeight = heightFollowsContent(spanish, "embed-several-es");
        insideFrame(spanish, () -> {
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo("es");
            driver.findElement(By.id("address")).sendKeys("1");
            typeAndEnter(By.id("address"), Keys.BACK_SPACE.toString());
            assertThat(driver.findElements(By.cssSelector(".error-summary"))).hasSize(1);
        });
        assertThat(heightFollowsContent(spanish, "embed-several-es-error")).isNotEqualTo(spanishHeight);
        heightFollowsContent(english, "embed-several-en-unchanged");
        WebElement fallback = driver.findElement(By.id("fallback"));
        insideFrame(fallback, () -> {
            assertThat(driver.findElements(By.cssSelector("form#flow"))).hasSize(1);
            assertThat(driver.findElement(By.cssSelector("[data-locate]")).isDisplayed())
                    .as("use my location where the frame may not ask")
                    .isFalse();
        });
        screenshot("embed-4-several-on-one-page");
    }

    @Test
    void thePartnersPageUpdatesItsCodeAndPreviewAsThePartnerTypes() {
        driver.get(app() + "/partners?lang=en&campaign=" + CAMPAIGN);
        assertThat(embed(0).getAttribute("src")).endsWith("/embed/" + CAMPAIGN + "?lang=en");
        heightFollowsContent(embed(0), "partners-preview");
        assertThat(driver.findElement(By.cssSelector("[data-copy=snippet-script]"))
                        .isDisplayed())
                .as("copy button")
                .isTrue();
        driver.findElement(By.id("source")).sendKeys("unite-here-1");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("language"))).selectByValue("es");
        await().until(d -> d.findElement(By.id("snippet-script"))
                        .getAttribute("value")
                        .contains("unite-here-1")
                && d.findElement(By.id("snippet-script")).getAttribute("value").contains("data-lang=\"es\""));
        assertThat(driver.findElement(By.id("snippet-script")).getAttribute("value"))
                .isEqualTo("<script src=\"http://localhost:8080/embed.js\" data-campaign=\"" + CAMPAIGN
                        + "\" data-lang=\"es\" data-source=\"unite-here-1\" async></script>");
        await().until(d -> d.findElements(By.cssSelector("iframe[src$='?lang=es&source=unite-here-1']"))
                        .size()
                == 1);
        assertThat(driver.findElements(By.cssSelector("#preview iframe"))).hasSize(1);
        assertThat(driver.getCurrentUrl()).contains("source=unite-here-1");
        // The preview is swapped for each answer to what was typed; a late answer may swap it once more.
        await().ignoring(StaleElementReferenceException.class)
                .until(d -> heightFollowsContent(embed(0), "partners-preview-es") > 0);
        List<Axe.Violation> violations = Axe.check(driver, "partners");
        assertThat(violations).as("accessibility violations on /partners").isEmpty();
        screenshot("partners-page");
    }

    @Test
    void aSiteThatIsNotListedCannotFrameIt() {
        driver.manage().logs().get(LogType.BROWSER);
        driver.get(PartnerSites.unlistedOrigin() + "/?app=" + app() + "&campaign=" + CAMPAIGN + "&source=someone");
        WebElement frame = embed(0);
        await().until(d -> refusals().stream()
                .anyMatch(
                        m -> m.contains("frame-ancestors 'self' https://partner.example " + PartnerSites.listedOrigin())
                                && m.contains("blocked")));
        insideFrame(frame, () -> {
            assertThat(driver.findElements(By.cssSelector("form#flow, [data-embedded], .site-footer")))
                    .as("nothing of ours in the frame")
                    .isEmpty();
            assertThat((String) driver.executeScript("return location.href;"))
                    .as("the frame holds the browser's own error page, not ours")
                    .doesNotStartWith(app());
        });
        screenshot("embed-5-unlisted-site-refused");
    }

    private List<String> refused = new ArrayList<>();

    /** The console's CSP refusals seen so far. */
    private List<String> refusals() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            // Chromium: "Framing 'http://localhost:…/' violates the following Content Security Policy directive:
            // "frame-ancestors 'self' …". The request has been blocked."
            if (entry.getMessage().contains("Content Security Policy")) {
                refused.add(entry.getMessage());
            }
        }
        assertThat(refused).allSatisfy(m -> assertThat(m).contains(app()));
        return refused;
    }

    /** The n-th iframe embed.js inserted, once it is there. */
    private WebElement embed(int n) {
        await().until(d ->
                d.findElements(By.cssSelector("iframe[src*='/embed/']")).size() > n);
        return driver.findElements(By.cssSelector("iframe[src*='/embed/']")).get(n);
    }

    /**
     * Waits until the frame is as tall as its page (embed.js, told by the page), checks the page with axe-core inside
     * the frame, and answers the height.
     */
    private int heightFollowsContent(WebElement frame, String step) {
        int[] content = new int[1];
        await().until(d -> {
            insideFrame(
                    frame,
                    () -> content[0] = ((Number) driver.executeScript("return document.readyState === 'complete'"
                                    + " ? Math.ceil(document.documentElement.getBoundingClientRect().height) : -1;"))
                            .intValue());
            Number outer = (Number) driver.executeScript("return arguments[0].getBoundingClientRect().height;", frame);
            return content[0] > 0 && Math.abs(outer.doubleValue() - content[0]) <= 1;
        });
        insideFrame(frame, () -> {
            List<Axe.Violation> violations = Axe.check(driver, step);
            assertThat(violations)
                    .as("accessibility violations inside the embed, " + step)
                    .isEmpty();
        });
        return content[0];
    }

    private void insideFrame(WebElement frame, Runnable inside) {
        driver.switchTo().frame(frame);
        try {
            inside.run();
        } finally {
            driver.switchTo().defaultContent();
        }
    }

    private void submit(By button) {
        clock.advance(Duration.ofSeconds(3));
        WebElement html = driver.findElement(By.tagName("html"));
        driver.findElement(button).click();
        awaitNextPage(html);
    }

    private void typeAndEnter(By field, String text) {
        clock.advance(Duration.ofSeconds(3));
        WebElement html = driver.findElement(By.tagName("html"));
        driver.findElement(field).sendKeys(text, Keys.ENTER);
        awaitNextPage(html);
    }

    private void awaitNextPage(WebElement html) {
        Chromium.awaitNextPage(driver, html, true);
    }

    /** The partner's whole page, as a phone shows it, in {@code target/screenshots/}. */
    private void screenshot(String name) {
        driver.switchTo().defaultContent();
        driver.executeScript("window.scrollTo(0, 0);");
        Chromium.screenshot(driver, name);
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText().strip();
    }

    private String app() {
        return base.toString().replaceAll("/$", "");
    }

    private WebDriverWait await() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }
}
