package org.aldermail.resident;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.arc.Arc;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.aldermail.abuse.FormTokens;
import org.aldermail.campaign.CampaignRegistry;
import org.aldermail.campaign.TestCampaigns;
import org.aldermail.delivery.OutboxDispatcher;
import org.aldermail.stats.CampaignStats;
import org.aldermail.stats.StatsService;
import org.aldermail.testsupport.Forms;
import org.aldermail.testsupport.TestClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The resident's pages over plain HTTP, as a browser without JavaScript uses them: every step is a form post. */
@QuarkusTest
@WithTestResource(TestCampaigns.class)
class ResidentPagesTest {

    static final String CAMPAIGN = TestCampaigns.SHIPPED;
    static final String WARD_15_ADDRESS = "2650 W 51st St";
    static final String WARD_15_ALDER = "Raymond A. Lopez";
    static final String AMBIGUOUS = "1400 W Augusta Blvd";
    static final String HTML = "text/html";
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"(\\w+)\" value=\"([^\"]*)\">");
    private static final Pattern TEXTAREA_BODY =
            Pattern.compile("<textarea id=\"body\"[^>]*>([^<]*)</textarea>", Pattern.DOTALL);

    @Inject
    MockMailbox mailbox;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    StatsService stats;

    @Inject
    CampaignRegistry registry;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void clearMailbox() {
        mailbox.clear();
    }

    // ---- step 1 -------------------------------------------------------------------------------------------------

    @Test
    void theCampaignPageHasTheWhyTheVoteTheCounterAndTheAddressBox() {
        given().get("/c/" + CAMPAIGN)
                .then()
                .statusCode(200)
                .contentType(HTML)
                .header(
                        "Content-Security-Policy",
                        allOf(
                                containsString("default-src 'self'"),
                                containsString("script-src 'self'"),
                                not(containsString("unsafe-inline"))))
                .header("Cache-Control", "no-store")
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<h1>Tell your Alder: VOTE NO on O2023-0004222</h1>"))
                .body(containsString("The City Council vote was on Wednesday, January 15, 2025 at 10:00"))
                .body(containsString("sent so far"), containsString("Goal: 1,000 letters"))
                .body(containsString("<form id=\"flow\" method=\"post\" action=\"/c/" + CAMPAIGN + "/letter\""))
                .body(containsString("<label for=\"address\">Your street address in Chicago</label>"))
                .body(containsString("<a href=\"https://blockclubchicago.org/2025/01/09/"));
    }

    @Test
    void theLanguageComesFromTheLinkOrTheBrowser() {
        given().get("/c/" + CAMPAIGN + "?lang=es")
                .then()
                .statusCode(200)
                .body(
                        containsString("<html lang=\"es\">"),
                        containsString("Su dirección en Chicago"),
                        containsString("La votación del Concejo Municipal fue el miércoles, 15 de enero de 2025"),
                        containsString(
                                "<a href=\"/c/" + CAMPAIGN + "?lang=en\" lang=\"en\" hreflang=\"en\">English</a>"));
        given().header("Accept-Language", "es-US,es;q=0.9,en;q=0.5")
                .get("/c/" + CAMPAIGN)
                .then()
                .body(containsString("<html lang=\"es\">"));
        given().get("/c/" + CAMPAIGN + "?lang=fr").then().statusCode(200).body(containsString("<html lang=\"en\">"));
    }

    @Test
    void theHomePageListsTheCampaignsOpenFirst() {
        String page = given().get("/?lang=en").then().statusCode(200).extract().asString();
        assertThat(page).contains("Tell your Alder: VOTE NO on O2023-0004222", "Open: takes letters", "Closed");
        assertThat(page.indexOf("Open: takes letters")).isLessThan(page.indexOf(">Closed<"));
    }

    @Test
    void theHomePageGoesStraightToTheOnlyOpenCampaign() throws IOException {
        Path yaml = TestCampaigns.ROOT.resolve(TestCampaigns.WITH_DEADLINE).resolve("campaign.yaml");
        String original = Files.readString(yaml);
        try {
            Files.writeString(yaml, original.replace("status: open", "status: closed"));
            registry.refresh();
            given().redirects()
                    .follow(false)
                    .get("/?source=partner-1")
                    .then()
                    .statusCode(303)
                    .header("Location", endsWith("/c/" + CAMPAIGN + "?source=partner-1"));
            given().redirects()
                    .follow(false)
                    .get("/?lang=es")
                    .then()
                    .statusCode(303)
                    .header("Location", endsWith("/c/" + CAMPAIGN + "?lang=es"));
        } finally {
            Files.writeString(yaml, original);
            registry.refresh();
        }
    }

    @Test
    void anUnknownCampaignIsAFriendlyPageWith404() {
        given().get("/c/no-such-campaign")
                .then()
                .statusCode(404)
                .contentType(HTML)
                .body(containsString("Campaign not found"));
        post("no-such-campaign", "letter", form("address", WARD_15_ADDRESS))
                .statusCode(404)
                .contentType(HTML);
        post("no-such-campaign", "send", letterForm("server")).statusCode(404).contentType(HTML);
    }

    @Test
    void aClosedCampaignIsShownButTakesNoLetters() {
        given().get("/c/" + TestCampaigns.CLOSED)
                .then()
                .statusCode(200)
                .body(containsString("This campaign is closed. It no longer takes letters."))
                .body(not(containsString("action=\"/c/" + TestCampaigns.CLOSED + "/letter\"")))
                .body(containsString("Why we&#39;re writing"));
        given().get("/c/" + TestCampaigns.PAST_DEADLINE)
                .then()
                .statusCode(200)
                .body(containsString("Letters closed on Wednesday, January 1, 2020 at 10:00"));
        post(TestCampaigns.CLOSED, "letter", form("address", WARD_15_ADDRESS))
                .statusCode(409)
                .body(containsString("This campaign is closed."));
        post(TestCampaigns.PAST_DEADLINE, "send", letterForm("server"))
                .statusCode(409)
                .body(containsString("This campaign is closed."));
    }

    @Test
    void anOpenCampaignWithADeadlineSaysWhenLettersClose() {
        given().get("/c/" + TestCampaigns.WITH_DEADLINE)
                .then()
                .statusCode(200)
                .body(containsString("Letters close on Thursday, January 1, 2099 at 10:00"));
    }

    // ---- step 2: ward and letter --------------------------------------------------------------------------------

    @Test
    void anAddressGivesTheAldersCardAndTheEditableLetter() {
        String page = post(CAMPAIGN, "letter", form("address", WARD_15_ADDRESS))
                .statusCode(200)
                .contentType(HTML)
                .body(containsString("<h1>Your letter to " + WARD_15_ALDER + "</h1>"))
                .body(containsString("<a href=\"tel:+17738231539\">(773) 823-1539</a>"))
                .body(containsString("<a href=\"mailto:Ward15@cityofchicago.org\">"))
                .body(containsString("Found for: 2650 W 51ST ST"))
                .body(containsString("Dear Alderperson Lopez,"))
                .body(containsString("[Your name]"))
                .body(containsString("Constituent of the 15th Ward"))
                .body(containsString("name=\"mode\" value=\"server\""), containsString("name=\"mode\" value=\"link\""))
                .extract()
                .asString();
        Map<String, String> hidden = hidden(page);
        assertThat(hidden)
                .containsEntry("ward", "15")
                .containsEntry("address", WARD_15_ADDRESS)
                .containsEntry("lang", "en")
                .containsKey("shown");
        assertThat(body(page)).contains("Incoming President Donald Trump").doesNotContain("{personalNote}");
    }

    @Test
    void anAddressWhereTwoWardsMeetAsksAndOnlyAcceptsOneOfThem() {
        post(CAMPAIGN, "letter", form("address", AMBIGUOUS))
                .statusCode(200)
                .body(containsString("Which ward do you live in?"))
                .body(containsString("value=\"1\""), containsString("value=\"27\""))
                .body(containsString("href=\"https://chicagoelections.gov/voting/your-voter-information\""));
        post(CAMPAIGN, "letter", form("address", AMBIGUOUS, "step", "choose"))
                .statusCode(400)
                .body(containsString("<p id=\"ward-error\" class=\"error-message\">"))
                .body(containsString("Choose your ward."));
        post(CAMPAIGN, "letter", form("address", AMBIGUOUS, "step", "choose", "ward", "27"))
                .statusCode(200)
                .body(containsString("27th Ward"), containsString("name=\"ward\" value=\"27\""));
        post(CAMPAIGN, "letter", form("address", AMBIGUOUS, "step", "choose", "ward", "15"))
                .statusCode(400)
                .body(containsString("Which ward do you live in?"));
    }

    @Test
    void addressProblemsAreShownNextToTheFieldWithWhatToPick() {
        post(CAMPAIGN, "letter", form("address", "hello world"))
                .statusCode(400)
                .body(containsString("<title>Error: "))
                .body(containsString("aria-invalid=\"true\""))
                .body(containsString("aria-describedby=\"address-hint address-error\""))
                .body(containsString("Start with the house number"))
                .body(containsString("value=\"hello world\""));
        post(CAMPAIGN, "letter", form("address", "6509 W Ascher Ave"))
                .statusCode(400)
                .body(containsString("name=\"pick\" value=\"6509 W ARCHER AVE\""));
        post(CAMPAIGN, "letter", form("address", "100 100th St"))
                .statusCode(400)
                .body(containsString("name=\"pick\" value=\"100 E 100TH ST\""))
                .body(containsString("name=\"pick\" value=\"100 W 100TH ST\""));
        post(CAMPAIGN, "letter", form("address", "99999 W Fullerton Ave"))
                .statusCode(400)
                .body(containsString("That street has no house number 99999."))
                .body(containsString("W FULLERTON AVE: numbers"));
        post(CAMPAIGN, "letter", form("address", "6509 W Ascher Ave", "pick", "6509 W ARCHER AVE"))
                .statusCode(200)
                .body(containsString("Your letter to "));
        post(CAMPAIGN, "letter", form("address", "", "lang", "es"))
                .statusCode(400)
                .body(containsString("Escriba su dirección"));
    }

    @Test
    void aLocationFindsTheWardAndTheAddressIsAskedOnTheLetterPage() {
        post(CAMPAIGN, "letter", form("lat", "41.80114728284117", "lon", "-87.69116329942362"))
                .statusCode(200)
                .body(containsString("Your letter to " + WARD_15_ALDER))
                .body(containsString("Found from your location."))
                .body(containsString("<input id=\"address\" name=\"address\" type=\"text\""));
        post(CAMPAIGN, "letter", form("lat", "40.7128", "lon", "-74.0060"))
                .statusCode(400)
                .body(containsString("Your location is not in the City of Chicago."));
    }

    @Test
    void aLetterFromTheLocationMustBeSignedWithAnAddressInThatWard() {
        Map<String, String> letter = letterForm("link");
        letter.putAll(form("lat", "41.80114728284117", "lon", "-87.69116329942362", "address", "1 N State St"));
        post(CAMPAIGN, "send", letter)
                .statusCode(400)
                .body(containsString("This address is in another ward than your location."))
                .body(containsString("<input id=\"address\" name=\"address\" type=\"text\" value=\"1 N State St\""));
        letter.put("address", WARD_15_ADDRESS);
        post(CAMPAIGN, "send", letter).statusCode(200).body(containsString("Your letter is ready to send"));
    }

    // ---- sending ------------------------------------------------------------------------------------------------

    @Test
    void sendItForMeEmailsTheConfirmationOnceAndARepeatNoticeHoweverOftenItIsPosted() {
        Map<String, String> letter = letterForm("server");
        String email = letter.get("email");
        post(CAMPAIGN, "send", letter)
                .statusCode(200)
                .body(containsString("Thank you, Ana Pérez"))
                .body(containsString("One more step: we emailed a link to " + email))
                .body(containsString("My name is Ana Pérez"));
        post(CAMPAIGN, "send", letter).statusCode(200).body(containsString("Thank you, Ana Pérez"));
        post(CAMPAIGN, "send", letter).statusCode(200).body(containsString("Thank you, Ana Pérez"));
        dispatcher.dispatchDue();
        // The page answers a repeat as a new letter (issue 9); the address gets its confirmation and one notice.
        assertThat(mailbox.getMailsSentTo(email))
                .extracting(io.quarkus.mailer.Mail::getSubject)
                .containsExactlyInAnyOrder(
                        "Confirm your letter to Ald. " + WARD_15_ALDER,
                        "Your letter to Ald. " + WARD_15_ALDER + ": someone tried to send it again");
    }

    @Test
    void theLetterFormsProblemsAreShownWithTheEditsKept() {
        Map<String, String> letter = letterForm("server");
        letter.put("name", "");
        letter.put("email", "not an email");
        letter.put("body", "My own letter.\r\nSecond line.");
        letter.put("note", "Because I live here.");
        post(CAMPAIGN, "send", letter)
                .statusCode(400)
                .body(containsString("<title>Error: Your letter to " + WARD_15_ALDER))
                .body(containsString("<li><a href=\"#name\">Type your name.</a></li>"))
                .body(containsString("<li><a href=\"#email\">Type one email address, like name@example.org.</a></li>"))
                .body(containsString("aria-describedby=\"name-error\""))
                .body(containsString("My own letter.\r\nSecond line.</textarea>"))
                .body(containsString(">Because I live here.</textarea>"));
        letter.put("name", "Ana\r\nBcc: someone@example.org");
        letter.put("email", "");
        letter.put("mode", "link");
        post(CAMPAIGN, "send", letter)
                .statusCode(400)
                .body(containsString("Type your name on one line"))
                .body(not(containsString("Type your email address")));
        letter.put("mode", "carrier-pigeon");
        post(CAMPAIGN, "send", letter).statusCode(400).body(containsString("Choose how to send your letter."));
    }

    @Test
    void openInMyEmailAppHandsTheLetterOverAndISentItCountsIt() {
        Map<String, String> letter = letterForm("link");
        letter.put("lang", "es");
        letter.put("source", "partner-test");
        CampaignStats before = stats.forCampaign(CAMPAIGN);
        long reported = ward15(before).selfReported();
        String page = post(CAMPAIGN, "send", letter)
                .statusCode(200)
                .body(containsString("Su carta está lista para enviar"))
                .body(containsString("href=\"mailto:Ward15@cityofchicago.org?subject="))
                .body(containsString("href=\"https://mail.google.com/mail/?view=cm"))
                .body(containsString("Apreciable concejal Lopez:"))
                .extract()
                .asString();
        Map<String, String> next = hidden(page.substring(page.indexOf("action=\"/c/" + CAMPAIGN + "/sent\"")));
        assertThat(next).containsKeys("letter", "name", "address").containsEntry("source", "partner-test");
        String thanks = post(CAMPAIGN, "sent", next)
                .statusCode(200)
                .body(containsString("Gracias, Ana Pérez"))
                .body(containsString("Gracias por enviar su carta a " + WARD_15_ALDER + "."))
                .extract()
                .asString();
        CampaignStats after = stats.forCampaign(CAMPAIGN);
        assertThat(ward15(after).selfReported()).isEqualTo(reported + 1);
        // Shown per ward; not in the total (a report is not proof), so not in the counts by source either.
        assertThat(after.bySource().get("partner-test"))
                .isEqualTo(before.bySource().get("partner-test"));
        next.put("lang", "en");
        next.put("formToken", Forms.token(thanks, "/c/" + CAMPAIGN + "/thanks"));
        post(CAMPAIGN, "thanks", next).statusCode(200).body(containsString("Thank you, Ana Pérez"));
        post(CAMPAIGN, "thanks", form("letter", "no-such-letter")).statusCode(303);
    }

    @Test
    void aLetterPostedBackUntouchedIsNotCountedAsPersonalised() {
        String page = post(CAMPAIGN, "letter", form("address", WARD_15_ADDRESS))
                .extract()
                .asString();
        Map<String, String> letter = letterForm("link");
        letter.put("shown", hidden(page).get("shown"));
        letter.put("body", unescape(body(page)).replace("\n", "\r\n") + "  \r\n");
        letter.remove("note");
        long personalised = ward15(stats.forCampaign(CAMPAIGN)).personalised();
        post(CAMPAIGN, "send", letter).statusCode(200);
        assertThat(ward15(stats.forCampaign(CAMPAIGN)).personalised()).isEqualTo(personalised);
        letter.put("body", "I wrote this myself.");
        post(CAMPAIGN, "send", letter).statusCode(200).body(containsString("I wrote this myself."));
        assertThat(ward15(stats.forCampaign(CAMPAIGN)).personalised()).isEqualTo(personalised + 1);
    }

    @Test
    void theSourceOfAPartnersLinkIsCarriedThroughTheFlow() {
        given().get("/c/" + CAMPAIGN + "?source=block-club_2025")
                .then()
                .body(containsString("<input type=\"hidden\" name=\"source\" value=\"block-club_2025\">"))
                .body(containsString("href=\"/c/" + CAMPAIGN + "?lang=es&amp;source=block-club_2025\""));
        given().get("/c/" + CAMPAIGN + "?source=<script>")
                .then()
                .statusCode(200)
                .body(not(containsString("name=\"source\"")));
        post(CAMPAIGN, "letter", form("address", WARD_15_ADDRESS, "source", "block-club_2025"))
                .statusCode(200)
                .body(containsString("<input type=\"hidden\" name=\"source\" value=\"block-club_2025\">"));
    }

    @Test
    void aStepOpenedByLinkGoesBackToTheCampaignPage() {
        given().redirects()
                .follow(false)
                .get("/c/" + CAMPAIGN + "/send?lang=es&source=x1")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/c/" + CAMPAIGN + "?lang=es&source=x1"));
    }

    @Test
    void theConfirmationPageHasTheLayoutAndALanguageSwitch() {
        given().get("/letters/confirm/not-a-token?lang=es")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", startsWith("default-src 'self'"))
                .body(
                        containsString("<html lang=\"es\">"),
                        containsString("Este enlace de confirmación no es válido"),
                        containsString("href=\"/letters/confirm/not-a-token?lang=en\""));
    }

    static Stream<Arguments> oddForms() {
        return Stream.of(
                Arguments.of("letter", Map.of()),
                Arguments.of("letter", Map.of("address", "2650 W 51st St\u0000")),
                Arguments.of("letter", Map.of("address", "2650 W 51st St\r\nBcc: x@example.org")),
                Arguments.of("letter", Map.of("address", "1".repeat(500))),
                Arguments.of("letter", Map.of("address", "\u202e2650 W 51st St")),
                Arguments.of("letter", Map.of("lat", "abc", "lon", "-87.6")),
                Arguments.of("letter", Map.of("lat", "41.8", "lon", "1e999")),
                Arguments.of("letter", Map.of("lat", "95", "lon", "-87.6")),
                Arguments.of("letter", Map.of("address", WARD_15_ADDRESS, "ward", "-3", "lang", "xx")),
                Arguments.of("letter", Map.of("address", AMBIGUOUS, "ward", "99999999999999999999")),
                Arguments.of("send", Map.of()),
                Arguments.of(
                        "send",
                        Map.of(
                                "address",
                                WARD_15_ADDRESS,
                                "mode",
                                "server",
                                "name",
                                "A",
                                "email",
                                "a@example.org\r\nBcc: b@example.org")),
                Arguments.of(
                        "send",
                        Map.of("address", WARD_15_ADDRESS, "mode", "link", "name", "A", "subject", "Hi\u2028there")),
                Arguments.of(
                        "send",
                        Map.of("address", WARD_15_ADDRESS, "mode", "link", "name", "A", "body", "x".repeat(25_000))),
                Arguments.of(
                        "send", Map.of("address", WARD_15_ADDRESS, "mode", "link", "name", "A", "note", "\u0007bell")),
                Arguments.of("sent", Map.of("letter", "'; drop table letter; --")),
                Arguments.of("thanks", Map.of()));
    }

    @ParameterizedTest
    @MethodSource("oddForms")
    void oddFormsAreExplainedNeverA500(String step, Map<String, String> fields) {
        Map<String, String> signed = new HashMap<>(fields);
        signed.put("formToken", token(CAMPAIGN, step));
        afterAPersonFilledIt();
        given().redirects()
                .follow(false)
                .contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParams(signed)
                .post("/c/" + CAMPAIGN + "/" + step)
                .then()
                .statusCode(lessThan(500))
                .contentType(step.equals("sent") || step.equals("thanks") ? "" : HTML);
    }

    @Test
    void aLetterTooLongToReadIsAFriendlyPage() {
        Map<String, String> letter = letterForm("link");
        letter.put("body", "x".repeat(300_000));
        post(CAMPAIGN, "send", letter)
                .statusCode(413)
                .contentType(HTML)
                .body(containsString("Your letter is too long"));
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/c/" + CAMPAIGN + "/letter")
                .then()
                .statusCode(415);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /**
     * Posts a step's form as a browser would after a person filled it: with the form's token (the one the page gave,
     * when the fields came from a page, or one signed now for that form), after the minimum fill time.
     */
    static ValidatableResponse post(String campaign, String step, Map<String, String> fields) {
        Map<String, String> withLang = new HashMap<>(fields);
        withLang.putIfAbsent("lang", "en");
        withLang.putIfAbsent("formToken", token(campaign, step));
        afterAPersonFilledIt();
        return given().redirects()
                .follow(false)
                .contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParams(withLang)
                .post("/c/" + campaign + "/" + step)
                .then();
    }

    /** A token for the form that posts to the step, as its page would have rendered it just now. */
    static String token(String campaign, String step) {
        return Arc.container().instance(FormTokens.class).get().issue("/c/" + campaign + "/" + step);
    }

    /** Moves the application's clock past the time a person takes to fill a form (instead of waiting for it). */
    static void afterAPersonFilledIt() {
        Arc.container().instance(TestClock.class).get().advance(Duration.ofSeconds(3));
    }

    static Map<String, String> form(String... pairs) {
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    static Map<String, String> letterForm(String mode) {
        return form(
                "address",
                WARD_15_ADDRESS,
                "ward",
                "15",
                "name",
                "Ana Pérez",
                "email",
                "ana+" + UUID.randomUUID() + "@example.org",
                "note",
                "I live here.",
                "mode",
                mode);
    }

    static Map<String, String> hidden(String page) {
        Map<String, String> fields = new HashMap<>();
        Matcher hidden = HIDDEN.matcher(page.contains("<main") ? page.substring(page.indexOf("<main")) : page);
        while (hidden.find()) {
            fields.putIfAbsent(hidden.group(1), unescape(hidden.group(2)));
        }
        return fields;
    }

    static String body(String page) {
        Matcher body = TEXTAREA_BODY.matcher(page);
        assertThat(body.find()).isTrue();
        return body.group(1);
    }

    static String unescape(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    static CampaignStats.WardCount ward15(CampaignStats stats) {
        return stats.wards().stream().filter(w -> w.ward() == 15).findFirst().orElseThrow();
    }
}
