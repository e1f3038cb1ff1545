package org.aldermail.resident;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.aldermail.campaign.TestCampaigns;
import org.aldermail.delivery.OutboxDispatcher;
import org.aldermail.stats.StatsService;
import org.aldermail.testsupport.Axe;
import org.aldermail.testsupport.Chromium;
import org.aldermail.testsupport.ConfirmationMails;
import org.aldermail.testsupport.TestClock;
import org.aldermail.ward.WardDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The resident's flow in a real (headless) Chromium at a phone's size: in English with and without JavaScript, in
 * Spanish, with an address where two wards meet, with bad addresses, and with "use my location". Every step is
 * screenshotted to {@code target/screenshots/}, checked with axe-core (no serious or critical violation) and checked
 * for a horizontal scroll bar at 320 px.
 */
@QuarkusTest
@WithTestResource(TestCampaigns.class)
class ResidentBrowserTest {

    static final String CAMPAIGN = TestCampaigns.SHIPPED;
    static final String WARD_15_EMAIL = "Ward15@cityofchicago.org";
    static final String WARD_15_ALDER = "Raymond A. Lopez";
    static final String AMBIGUOUS = "1400 W Augusta Blvd";

    private static ChromeDriver withScripts;
    private static ChromeDriver withoutScripts;

    @TestHTTPResource("/")
    URL base;

    @Inject
    MockMailbox mailbox;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    StatsService stats;

    @Inject
    WardDirectory wards;

    @Inject
    TestClock clock;

    private ChromeDriver driver;
    private boolean javascript;
    private String flow;

    /** Per test, so a run without a browser reports every browser test as skipped (or, when required, failed). */
    @BeforeEach
    void browserOrSkip() {
        Chromium.requireOrSkip();
    }

    @AfterAll
    static void quitBrowsers() {
        if (withScripts != null) {
            withScripts.quit();
        }
        if (withoutScripts != null) {
            withoutScripts.quit();
        }
    }

    @BeforeEach
    void clearMailbox() {
        mailbox.clear();
    }

    @Test
    void englishFlowWithJavaScript() {
        use(true, "en-js");
        open("/?lang=en");
        step("1-campaigns");
        click(By.partialLinkText("VOTE NO on O2023-0004222"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(driver.findElement(By.cssSelector("[data-locate]")).isDisplayed())
                .as("use my location")
                .isTrue();
        step("2-campaign");

        WebElement address = driver.findElement(By.id("address"));
        address.sendKeys("2650 W 51st");
        await().until(d ->
                !d.findElements(By.cssSelector("#street-options option")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("#street-options option"))
                        .get(0)
                        .getAttribute("value"))
                .startsWith("2650 W 51ST");
        address.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2650 West 51st Street");
        submit(By.cssSelector("form#flow button[type=submit]"));

        assertThat(heading()).isEqualTo("Your letter to " + WARD_15_ALDER);
        assertThat(driver.findElement(By.cssSelector(".card a[href^='tel:']")).getAttribute("href"))
                .matches("tel:\\+1\\d{10}");
        assertThat(driver.findElement(By.cssSelector(".card a[href^='mailto:']"))
                        .getText())
                .isEqualTo(WARD_15_EMAIL);
        String email = "ana+" + UUID.randomUUID() + "@example.org";
        driver.findElement(By.id("name")).sendKeys("Ana Pérez");
        assertThat(driver.findElement(By.cssSelector("[data-sign-name]")).getText())
                .isEqualTo("Ana Pérez");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("note"))
                .sendKeys("My neighbors on 51st Street must be able to call 911 without fear.");
        driver.findElement(By.cssSelector("label[for=ccMe]")).click();
        step("3-letter");
        step("3-send-choice", By.id("mode"));
        submit(By.cssSelector("button[name=mode][value=server]"));

        assertThat(heading()).isEqualTo("Thank you, Ana Pérez");
        assertThat(text(".notice")).contains(email).contains(WARD_15_ALDER);
        assertThat(texts("blockquote.script"))
                .hasSize(4)
                .first()
                .asString()
                .contains("Ana Pérez")
                .contains("Lopez");
        step("4-thanks");

        dispatcher.dispatchDue();
        open("/letters/confirm/" + confirmationToken(email));
        assertThat(heading()).isEqualTo("Confirm your letter");
        step("5-confirm");
        submit(By.cssSelector("main form button"));
        assertThat(text(".notice")).contains("is on its way");
        step("6-confirmed");

        dispatcher.dispatchDue();
        Mail letter = lettersFrom(email).get(0);
        assertThat(letter.getText())
                .contains(
                        "Dear Alderperson Lopez,",
                        "Ana Pérez",
                        "2650 West 51st Street",
                        "must be able to call 911 without fear",
                        "15th Ward");
        assertThat(letter.getCc()).containsExactly(email);
    }

    @Test
    void englishFlowWithoutJavaScript() {
        use(false, "en-nojs");
        open("/c/" + CAMPAIGN);
        assertThat(driver.findElement(By.cssSelector("[data-locate]")).isDisplayed())
                .as("no location without JS")
                .isFalse();
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat(driver.switchTo().activeElement().getAttribute("class"))
                .as("first Tab")
                .isEqualTo("skip-link");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat(driver.switchTo().activeElement().getAttribute("id"))
                .as("after the skip link, the address box")
                .isEqualTo("address");
        step("1-campaign");
        typeAndEnter(By.id("address"), "2650 West 51st Street");
        assertThat(heading()).isEqualTo("Your letter to " + WARD_15_ALDER);
        step("2-letter");

        submit(By.cssSelector("button[name=mode][value=server]"));
        assertThat(driver.getTitle()).startsWith("Error: ");
        assertThat(texts(".error-summary li"))
                .containsExactly(
                        "Type your name.",
                        "Type your email address, so we can send you the confirmation link. Or choose “Open it in my email app”.");
        WebElement name = driver.findElement(By.id("name"));
        assertThat(name.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(name.getAttribute("aria-describedby")).isEqualTo("name-error");
        assertThat(text("#name-error")).contains("Type your name.");
        step("3-letter-errors");

        String email = "luis+" + UUID.randomUUID() + "@example.org";
        name.sendKeys("Luis Gómez");
        typeAndEnter(By.id("email"), email);
        assertThat(heading()).isEqualTo("Thank you, Luis Gómez");
        step("4-thanks");

        dispatcher.dispatchDue();
        open("/letters/confirm/" + confirmationToken(email));
        submit(By.cssSelector("main form button"));
        assertThat(text(".notice")).contains("is on its way");
        step("5-confirmed");
        dispatcher.dispatchDue();
        assertThat(lettersFrom(email)).hasSize(1);
    }

    @Test
    void spanishFlowByMailLink() {
        use(true, "es");
        open("/c/" + CAMPAIGN);
        click(By.linkText("Español"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
        assertThat(text("label[for=address]")).isEqualTo("Su dirección en Chicago");
        step("1-campaign");
        driver.findElement(By.id("address")).sendKeys("2650 W 51st St");
        submit(By.cssSelector("form#flow button[type=submit]"));

        assertThat(heading()).isEqualTo("Su carta a " + WARD_15_ALDER);
        assertThat(text(".letter-fixed")).contains("Apreciable concejal Lopez:");
        driver.findElement(By.id("name")).sendKeys("José Rodríguez");
        click(By.cssSelector(".languages button[value=en]"));
        assertThat(heading()).as("switching language keeps the name").isEqualTo("Your letter to " + WARD_15_ALDER);
        assertThat(driver.findElement(By.id("name")).getAttribute("value")).isEqualTo("José Rodríguez");
        click(By.cssSelector(".languages button[value=es]"));
        assertThat(driver.findElement(By.id("name")).getAttribute("value")).isEqualTo("José Rodríguez");
        step("2-letter");
        submit(By.cssSelector("button[name=mode][value=link]"));

        assertThat(heading()).isEqualTo("Su carta está lista para enviar");
        String mailto = driver.findElement(By.cssSelector(".open-links a[href^='mailto:']"))
                .getAttribute("href");
        assertThat(mailto)
                .startsWith("mailto:" + WARD_15_EMAIL + "?")
                .contains("subject=")
                .contains("body=");
        assertThat(driver.findElement(By.cssSelector(".open-links a[href^='https://mail.google.com']"))
                        .getAttribute("target"))
                .isEqualTo("_blank");
        assertThat(driver.findElement(By.id("copy-body")).getAttribute("value"))
                .contains("Apreciable concejal Lopez:", "José Rodríguez", "2650 W 51st St");
        step("3-handover");
        long reported = selfReported(15);
        submit(By.xpath("//button[normalize-space()='Ya la envié']"));

        assertThat(heading()).isEqualTo("Gracias, José Rodríguez");
        assertThat(text(".notice")).isEqualTo("Gracias por enviar su carta a " + WARD_15_ALDER + ".");
        assertThat(texts("blockquote.script").get(0)).contains("José Rodríguez");
        assertThat(selfReported(15)).isEqualTo(reported + 1);
        step("4-thanks");
        click(By.cssSelector(".languages button[value=en]"));
        assertThat(heading()).isEqualTo("Thank you, José Rodríguez");
    }

    @Test
    void anAddressWhereTwoWardsMeetAsksWhichSideOfTheCrossingStreet() {
        use(true, "ambiguous");
        open("/c/" + CAMPAIGN);
        driver.findElement(By.id("address")).sendKeys(AMBIGUOUS);
        submit(By.cssSelector("form#flow button[type=submit]"));

        assertThat(heading()).isEqualTo("Is your building east or west of N Noble St?");
        assertThat(texts(".choice.answer label")).containsExactly("West of N Noble St", "East of N Noble St");
        assertThat(texts(".choice.answer .hint")).containsExactly("1st Ward: " + alder(1), "27th Ward: " + alder(27));
        assertThat(driver.findElement(By.cssSelector("svg.ward-sketch title")).getAttribute("textContent"))
                .contains("N Noble St");
        step("1-question");
        submit(By.cssSelector("form#flow button[type=submit]"));
        assertThat(text("#ward-error")).contains("Choose your ward.");
        step("2-question-error");

        driver.findElement(By.cssSelector(".unsure summary")).click();
        assertThat(texts(".unsure .choice label"))
                .containsExactlyInAnyOrder("1st Ward: " + alder(1), "27th Ward: " + alder(27));
        assertThat(driver.findElement(By.cssSelector(".unsure a[href*='chicagoelections.gov']"))
                        .getAttribute("target"))
                .isEqualTo("_blank");
        step("3-not-sure");

        driver.findElement(By.cssSelector("label[for=side-27]")).click();
        submit(By.cssSelector("form#flow button[type=submit]"));
        assertThat(heading()).isEqualTo("Your letter to " + alder(27));
        assertThat(text(".alder-ward")).isEqualTo("27th Ward");
        step("4-letter");
    }

    @Test
    void theStreetQuestionIsAskedInSpanishWithoutJavaScript() {
        use(false, "ambiguous-es");
        open("/c/" + CAMPAIGN + "?lang=es");
        typeAndEnter(By.id("address"), AMBIGUOUS);

        assertThat(heading()).isEqualTo("¿Su edificio está al este o al oeste de N Noble St?");
        assertThat(texts(".choice.answer label")).containsExactly("Al oeste de N Noble St", "Al este de N Noble St");
        step("1-pregunta");
        driver.findElement(By.cssSelector("label[for=side-1]")).click();
        submit(By.cssSelector("form#flow button[type=submit]"));
        assertThat(text(".alder-ward")).isEqualTo("Distrito 1");
    }

    @Test
    void badAddressesAreExplainedNextToTheField() {
        use(false, "bad-address");
        open("/c/" + CAMPAIGN);
        typeAndEnter(By.id("address"), "hello");
        WebElement address = driver.findElement(By.id("address"));
        assertThat(address.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(address.getAttribute("aria-describedby")).isEqualTo("address-hint address-error");
        assertThat(text("#address-error")).contains("Start with the house number");
        assertThat(driver.findElement(By.cssSelector(".error-summary a")).getAttribute("href"))
                .endsWith("#address");
        step("1-unparseable");

        address.clear();
        typeAndEnter(By.id("address"), "6509 W Ascher Ave");
        assertThat(text("#address-error")).contains("couldn't find that street");
        step("2-suggestions", By.cssSelector("section.step"));
        submit(By.cssSelector("button[name=pick][value='6509 W ARCHER AVE']"));
        assertThat(heading()).startsWith("Your letter to ");

        open("/c/" + CAMPAIGN);
        typeAndEnter(By.id("address"), "100 100th St");
        assertThat(driver.findElements(By.cssSelector("button[name=pick]")))
                .extracting(e -> e.getAttribute("value"))
                .containsExactly("100 E 100TH ST", "100 W 100TH ST");
        step("3-direction");
    }

    @Test
    void useMyLocationFindsTheWardAndAsksForTheStreetAddress() {
        use(true, "location");
        driver.executeCdpCommand(
                "Browser.grantPermissions",
                java.util.Map.of(
                        "origin", base.toString().replaceAll("/$", ""), "permissions", List.of("geolocation")));
        driver.executeCdpCommand(
                "Emulation.setGeolocationOverride",
                java.util.Map.of("latitude", 41.80114728284117, "longitude", -87.69116329942362, "accuracy", 10));
        open("/c/" + CAMPAIGN);
        submit(By.cssSelector("[data-locate]"));
        assertThat(heading()).isEqualTo("Your letter to " + WARD_15_ALDER);
        assertThat(text(".card .hint")).isEqualTo("Found from your location.");
        assertThat(driver.findElement(By.id("address")).isDisplayed()).isTrue();
        step("1-letter");
    }

    @Test
    void theAccessibilityCheckFindsWhatItShould() {
        use(true, "axe-self-test");
        open("/c/" + CAMPAIGN);
        driver.executeScript("var i = document.createElement('input'); i.type = 'text';"
                + " document.querySelector('main').appendChild(i);"
                + " var img = document.createElement('img'); img.src = '/nothing.png';"
                + " document.querySelector('main').appendChild(img);");
        assertThat(Axe.blocking(Axe.check(driver, "axe-self-test (an unlabelled input and an image without alt)")))
                .extracting(Axe.Violation::id)
                .contains("label", "image-alt");
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private void use(boolean javascript, String name) {
        if (javascript && withScripts == null) {
            withScripts = Chromium.start(true);
        }
        if (!javascript && withoutScripts == null) {
            withoutScripts = Chromium.start(false);
        }
        driver = javascript ? withScripts : withoutScripts;
        this.javascript = javascript;
        flow = name;
    }

    private void open(String path) {
        driver.get(base.toString().replaceAll("/$", "") + path);
    }

    /** Screenshot, accessibility check and the narrowest phone, for one step of the flow. */
    private void step(String name) {
        step(name, null);
    }

    /** The same, with the screenshot showing the page from {@code shown} down rather than from its top. */
    private void step(String name, By shown) {
        String page = flow + "-" + name;
        if (!javascript) {
            Chromium.scripts(driver, true);
        }
        if (shown == null) {
            driver.executeScript("window.scrollTo(0, 0);");
        } else {
            driver.executeScript(
                    "arguments[0].scrollIntoView(true); window.scrollBy(0, -12);", driver.findElement(shown));
        }
        Chromium.screenshot(driver, page);
        List<Axe.Violation> violations = Axe.check(driver, page);
        Chromium.phoneSize(driver, Chromium.NARROWEST);
        Number width = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
        Chromium.phoneSize(driver, Chromium.PHONE_WIDTH);
        if (!javascript) {
            Chromium.scripts(driver, false);
        }
        assertThat(Axe.blocking(violations))
                .as("serious or critical accessibility violations on " + page)
                .isEmpty();
        assertThat(width.intValue()).as("page width at 320 px on " + page).isLessThanOrEqualTo(Chromium.NARROWEST);
    }

    private void click(By target) {
        WebElement html = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        awaitNextPage(html);
    }

    /** Until the page that {@code html} belonged to is replaced and the next one has loaded. */
    private void awaitNextPage(WebElement html) {
        Chromium.awaitNextPage(driver, html, javascript);
    }

    /** Presses a form's button as a person does: after the minimum fill time (the app's clock moves, no one waits). */
    private void submit(By button) {
        clock.advance(Duration.ofSeconds(3));
        click(button);
    }

    /** Types into a field and presses Enter: the form's first button submits it, as on a phone's keyboard. */
    private void typeAndEnter(By field, String text) {
        clock.advance(Duration.ofSeconds(3));
        WebElement html = driver.findElement(By.tagName("html"));
        driver.findElement(field).sendKeys(text, Keys.ENTER);
        awaitNextPage(html);
    }

    private WebDriverWait await() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    private String heading() {
        return text("h1");
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText().strip();
    }

    private List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream()
                .map(e -> e.getText().strip())
                .toList();
    }

    private String alder(int ward) {
        return wards.alder(ward).orElseThrow().name();
    }

    private long selfReported(int ward) {
        return stats.forCampaign(CAMPAIGN).wards().stream()
                .filter(w -> w.ward() == ward)
                .findFirst()
                .orElseThrow()
                .selfReported();
    }

    private String confirmationToken(String email) {
        return ConfirmationMails.token(mailbox, email);
    }

    private List<Mail> lettersFrom(String email) {
        return mailbox.getMailsSentTo(WARD_15_EMAIL).stream()
                .filter(m -> email.equals(m.getReplyTo()))
                .toList();
    }
}
