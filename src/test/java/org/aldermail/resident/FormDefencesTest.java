package org.aldermail.resident;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.aldermail.campaign.TestCampaigns;
import org.aldermail.delivery.OutboxDispatcher;
import org.aldermail.testsupport.Forms;
import org.aldermail.testsupport.TestClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The resident's forms against cross-site posts and bots: each test walks the pages as a browser does (the token comes
 * from the rendered page), and checks that a refused or held post stores no letter (no confirmation email goes out).
 */
@QuarkusTest
@WithTestResource(TestCampaigns.class)
class FormDefencesTest {

    private static final String CAMPAIGN = TestCampaigns.SHIPPED;
    private static final String SEND = "/c/" + CAMPAIGN + "/send";
    private static final Duration FILL_TIME = Duration.ofSeconds(3);

    @Inject
    MockMailbox mailbox;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    TestClock clock;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aCrossSitePostToSendCreatesNoLetter() {
        Map<String, String> letter = letterPageForm();
        clock.advance(FILL_TIME);
        post(SEND, letter, "Origin", "https://evil.example")
                .statusCode(400)
                .body(containsString("Please start again"))
                .body(not(containsString("Thank you")));
        assertNoLetterFor(letter);
        post(SEND, letter, "Referer", "https://evil.example/form.html").statusCode(400);
        post(SEND, letter, "Origin", "null").statusCode(400);
        assertNoLetterFor(letter);
    }

    @Test
    void aPostFromAnAllowedPartnerOriginSendsTheLetter() {
        Map<String, String> letter = letterPageForm();
        clock.advance(FILL_TIME);
        post(SEND, letter, "Origin", "https://partner.example").statusCode(200).body(containsString("Thank you"));
        assertOneLetterFor(letter);
    }

    @Test
    void aPostFromOurOwnOriginOrWithoutOriginAndRefererSendsTheLetter() {
        Map<String, String> ours = letterPageForm();
        clock.advance(FILL_TIME);
        post(SEND, ours, "Origin", RestAssured.baseURI + ":" + RestAssured.port)
                .statusCode(200)
                .body(containsString("Thank you"));
        assertOneLetterFor(ours);
        Map<String, String> privacyMinded = letterPageForm();
        clock.advance(FILL_TIME);
        post(SEND, privacyMinded).statusCode(200).body(containsString("Thank you"));
        assertOneLetterFor(privacyMinded);
    }

    @Test
    void aPostWithoutAValidTokenIsAFriendlyPageAndNoLetter() {
        Map<String, String> letter = letterPageForm();
        String token = letter.get("formToken");
        clock.advance(FILL_TIME);
        letter.remove("formToken");
        post(SEND, letter).statusCode(400).body(containsString("Please start again"));
        letter.put("formToken", token.substring(0, token.length() - 2) + "xx");
        post(SEND, letter).statusCode(400);
        letter.put("formToken", Forms.token(campaignPage(), "/c/" + CAMPAIGN + "/letter"));
        post(SEND, letter).statusCode(400); // a token for another form
        letter.put("formToken", token);
        clock.advance(Duration.ofHours(24).plusSeconds(1));
        post(SEND, letter).statusCode(400); // a page open longer than form-token-max-age
        assertNoLetterFor(letter);
        given().contentType(ContentType.URLENC)
                .formParam("lang", "es")
                .formParam("address", "2650 W 51st St")
                .post("/c/" + CAMPAIGN + "/letter")
                .then()
                .statusCode(400)
                .body(containsString("Empiece de nuevo"));
    }

    @Test
    void aFormPostedFasterThanAPersonFillsItGetsNoLetterAndTheFormAgain() {
        Map<String, String> letter = letterPageForm();
        String page = post(SEND, letter)
                .statusCode(400)
                .body(containsString("Please check your letter, then choose again how to send it."))
                .body(containsString("value=\"" + letter.get("email") + "\""))
                .extract()
                .asString();
        assertNoLetterFor(letter);
        letter.put("formToken", Forms.token(page, SEND));
        clock.advance(FILL_TIME);
        post(SEND, letter).statusCode(200).body(containsString("Thank you"));
        assertOneLetterFor(letter);
    }

    @Test
    void aFormWithTheHoneypotFilledGetsNoLetter() {
        Map<String, String> letter = letterPageForm();
        clock.advance(FILL_TIME);
        letter.put("website", "https://spam.example");
        post(SEND, letter)
                .statusCode(400)
                .body(containsString("Please check your letter, then choose again how to send it."))
                .body(containsString("name=\"website\" value=\"\""));
        assertNoLetterFor(letter);
    }

    @Test
    void everyFormOfTheFlowCarriesATokenAndTheHoneypot() {
        String campaign = campaignPage();
        assertThat(Forms.token(campaign, "/c/" + CAMPAIGN + "/letter")).isNotBlank();
        assertThat(campaign).contains("<div class=\"form-extra\">");
        String letterPage = letterPage("es");
        assertThat(Forms.token(letterPage, SEND)).isNotBlank();
        assertThat(Forms.token(letterPage, "/c/" + CAMPAIGN))
                .as("change address")
                .isNotBlank();
        assertThat(Forms.token(letterPage, "/c/" + CAMPAIGN + "/letter"))
                .as("language switch")
                .isNotBlank();
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static String campaignPage() {
        return given().get("/c/" + CAMPAIGN).then().statusCode(200).extract().asString();
    }

    /** Step 1 then step 2, as a browser: the letter page, rendered now. */
    private static String letterPage(String lang) {
        Map<String, String> address = new HashMap<>();
        address.put("lang", lang);
        address.put("address", "2650 W 51st St");
        address.put("formToken", Forms.token(campaignPage(), "/c/" + CAMPAIGN + "/letter"));
        return post("/c/" + CAMPAIGN + "/letter", address)
                .statusCode(200)
                .extract()
                .asString();
    }

    /** The letter page's send form as a resident fills it (server mode): its hidden fields, token included. */
    private static Map<String, String> letterPageForm() {
        String page = letterPage("en");
        Map<String, String> form = ResidentPagesTest.hidden(page.substring(page.indexOf("action=\"" + SEND + "\"")));
        form.put("lang", "en");
        form.put("name", "Ana Pérez");
        form.put("email", "ana+" + UUID.randomUUID() + "@example.org");
        form.put("mode", "server");
        return form;
    }

    private static ValidatableResponse post(String action, Map<String, String> fields, String... headers) {
        RequestSpecification request = given().redirects()
                .follow(false)
                .contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParams(fields);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request.post(action).then();
    }

    private void assertNoLetterFor(Map<String, String> letter) {
        dispatcher.dispatchDue();
        assertThat(mailbox.getMailsSentTo(letter.get("email")))
                .as("confirmation emails")
                .isEmpty();
    }

    private void assertOneLetterFor(Map<String, String> letter) {
        dispatcher.dispatchDue();
        assertThat(mailbox.getMailsSentTo(letter.get("email")))
                .as("confirmation emails")
                .hasSize(1);
    }
}
