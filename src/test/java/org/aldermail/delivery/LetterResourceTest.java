package org.aldermail.delivery;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.aldermail.campaign.TestCampaigns;
import org.aldermail.testsupport.Forms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Submitting letters over the API, with the mock mailbox standing in for SMTP. */
@QuarkusTest
@WithTestResource(TestCampaigns.class)
class LetterResourceTest {

    static final String CAMPAIGN = TestCampaigns.SHIPPED;
    static final String PROBLEM_JSON = "application/problem+json";
    /** The 15th ward office (Ward Offices dataset location). */
    static final double WARD_15_LAT = 41.80114728284117;

    static final double WARD_15_LON = -87.69116329942362;
    static final String WARD_15_EMAIL = "Ward15@cityofchicago.org";
    private static final Pattern CONFIRM_LINK = Pattern.compile("/letters/confirm/([A-Za-z0-9_-]{43})");

    @Inject
    MockMailbox mailbox;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    LetterExpiry expiry;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void clearMailbox() {
        mailbox.clear();
    }

    static Map<String, Object> submission(String mode) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Ana Pérez");
        body.put("email", "ana+" + UUID.randomUUID() + "@example.org");
        body.put("address", "2650 W 51st St");
        body.put("lat", WARD_15_LAT);
        body.put("lon", WARD_15_LON);
        body.put("language", "en");
        body.put("mode", mode);
        return body;
    }

    static ValidatableResponse post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/campaigns/" + CAMPAIGN + "/letters")
                .then();
    }

    /**
     * This resident's letters to the 15th ward's alder. Other test classes share the database and the alder, and
     * their letters may go out with ours, so a test counts only its own (the alder replies to the resident).
     */
    private List<Mail> lettersToWard15From(String residentEmail) {
        return mailbox.getMailsSentTo(WARD_15_EMAIL).stream()
                .filter(mail -> residentEmail.equals(mail.getReplyTo()))
                .toList();
    }

    private String confirmationToken(String residentEmail) {
        List<Mail> mails = mailbox.getMailsSentTo(residentEmail);
        assertThat(mails).hasSize(1);
        Matcher link = CONFIRM_LINK.matcher(mails.get(0).getText());
        assertThat(link.find()).as(mails.get(0).getText()).isTrue();
        return link.group(1);
    }

    /** Presses "Yes, send my letter" on the confirmation page, as a browser posts its form. */
    private static ValidatableResponse confirm(String token) {
        return confirm(
                token,
                given().get("/letters/confirm/" + token)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
    }

    private static ValidatableResponse confirm(String token, String page) {
        String action = "/letters/confirm/" + token + "?lang=en";
        return given().contentType(ContentType.URLENC)
                .formParam("formToken", Forms.token(page, action))
                .post(action)
                .then();
    }

    @Test
    void aServerLetterWaitsForTheResidentsConfirmationThenGoesToTheAlder() {
        Map<String, Object> body = submission("server");
        String email = (String) body.get("email");
        String id = post(body)
                .statusCode(202)
                .body("status", equalTo("pending_confirmation"))
                .body("ward", equalTo(15))
                .body("alder", equalTo("Raymond A. Lopez"))
                .extract()
                .path("id");

        dispatcher.dispatchDue();
        assertThat(lettersToWard15From(email))
                .as("nothing goes to the alder unconfirmed")
                .isEmpty();
        String token = confirmationToken(email);

        String page = given().get("/letters/confirm/" + token)
                .then()
                .statusCode(200)
                .body(containsString("Yes, send my letter"))
                .extract()
                .asString();
        given().get("/api/v1/letters/" + id).then().body("status", equalTo("pending_confirmation"));

        given().post("/letters/confirm/" + token).then().statusCode(400).body(containsString("nothing was sent"));
        given().get("/api/v1/letters/" + id).then().body("status", equalTo("pending_confirmation"));
        confirm(token, page).statusCode(200).body(containsString("is on its way"));
        given().get("/api/v1/letters/" + id).then().body("status", equalTo("queued"));
        confirm(token, page).statusCode(200).body(containsString("already confirmed"));

        dispatcher.dispatchDue();
        List<Mail> letters = lettersToWard15From(email);
        assertThat(letters).hasSize(1);
        Mail letter = letters.get(0);
        assertThat(letter.getFrom()).isEqualTo("Ana Pérez via aldermail <letters@localhost>");
        assertThat(letter.getReplyTo()).isEqualTo(email);
        assertThat(letter.getText()).contains("Dear Alderperson Lopez,", "Ana Pérez", "2650 W 51st St", "15th Ward");
        given().get("/api/v1/letters/" + id)
                .then()
                .body("status", equalTo("sent"))
                .body("sentAt", notNullValue());
    }

    @Test
    void theConfirmationApiQueuesOnceAndRejectsUnknownTokens() {
        Map<String, Object> body = submission("server");
        body.put("language", "es");
        post(body).statusCode(202);
        dispatcher.dispatchDue();
        String token = confirmationToken((String) body.get("email"));
        assertThat(mailbox.getMailsSentTo((String) body.get("email")).get(0).getSubject())
                .startsWith("Confirme su carta");

        given().contentType(ContentType.JSON)
                .body(Map.of("token", token))
                .post("/api/v1/letters/confirm")
                .then()
                .statusCode(200)
                .body("result", equalTo("CONFIRMED"))
                .body("letter.status", equalTo("queued"));
        given().contentType(ContentType.JSON)
                .body(Map.of("token", token))
                .post("/api/v1/letters/confirm")
                .then()
                .statusCode(200)
                .body("result", equalTo("ALREADY_CONFIRMED"));
        given().contentType(ContentType.JSON)
                .body(Map.of("token", "x" + token))
                .post("/api/v1/letters/confirm")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", endsWith("/unknown-confirmation"));
        given().get("/letters/confirm/not-a-token").then().statusCode(200).body(containsString("not valid"));
    }

    @Test
    void aSecondLetterFromTheSameResidentToTheSameAlderGetsANewLookingReceiptNotTheFirstOnes() {
        Map<String, Object> body = submission("server");
        String first = post(body).statusCode(202).extract().path("id");
        body.put("name", "Ana P.");
        body.put("email", ((String) body.get("email")).toUpperCase());
        String second = post(body)
                .statusCode(202)
                .body("status", equalTo("pending_confirmation"))
                .extract()
                .path("id");
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void theSameIdempotencyKeyReplaysTheFirstAnswerAndRefusesADifferentBody() {
        Map<String, Object> body = submission("server");
        String key = UUID.randomUUID().toString();
        String first = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/campaigns/" + CAMPAIGN + "/letters")
                .then()
                .statusCode(202)
                .extract()
                .asString();
        String again = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/campaigns/" + CAMPAIGN + "/letters")
                .then()
                .statusCode(202)
                .extract()
                .asString();
        assertThat(again).isEqualTo(first);

        body.put("name", "Someone Else");
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/campaigns/" + CAMPAIGN + "/letters")
                .then()
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", endsWith("/idempotency-key-reused"));
    }

    @Test
    void linkModeHandsOverComposeLinksAndCountsReportsSeparately() {
        Map<String, Object> body = submission("link");
        body.remove("email");
        ValidatableResponse response = post(body)
                .statusCode(200)
                .body("status", equalTo("handed_over"))
                .body("to", equalTo(WARD_15_EMAIL))
                .body("mailto", startsWith("mailto:" + WARD_15_EMAIL + "?subject="))
                .body("gmail", startsWith("https://mail.google.com/mail/?view=cm&fs=1&to=Ward15%40cityofchicago.org"))
                .body("outlook", startsWith("https://outlook.office.com/mail/deeplink/compose?to="))
                .body("mailto.length()", lessThanOrEqualTo(2000))
                .body("gmail.length()", lessThanOrEqualTo(2000))
                .body("outlook.length()", lessThanOrEqualTo(2000))
                .body("fullText", containsString("Dear Alderperson Lopez,"));
        String id = response.extract().path("id");
        boolean shortened = response.extract().path("shortened");
        String linkBody = response.extract().path("body");
        String fullText = response.extract().path("fullText");
        assertThat(shortened)
                .as("the toolkit letter is longer than a compose link takes")
                .isTrue();
        assertThat(linkBody).endsWith("Please paste the full text from the aldermail page.]");
        assertThat(fullText.length()).isGreaterThan(linkBody.length());

        int before = given().get("/api/v1/campaigns/" + CAMPAIGN + "/stats")
                .then()
                .extract()
                .path("wards[14].selfReported");
        for (String type : new String[] {"opened", "self_reported", "self_reported"}) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("type", type))
                    .post("/api/v1/letters/" + id + "/events")
                    .then()
                    .statusCode(202)
                    .body("id", equalTo(id));
        }
        given().get("/api/v1/campaigns/" + CAMPAIGN + "/stats")
                .then()
                .statusCode(200)
                .body("wards[14].ward", equalTo(15))
                .body("wards[14].selfReported", equalTo(before + 1));
        given().contentType(ContentType.JSON)
                .body(Map.of("type", "clicked"))
                .post("/api/v1/letters/" + id + "/events")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("field", equalTo("type"));
        given().contentType(ContentType.JSON)
                .body(Map.of("type", "opened"))
                .post("/api/v1/letters/nope/events")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", endsWith("/unknown-letter"));
        String serverLetter =
                post(submission("server")).statusCode(202).extract().path("id");
        given().contentType(ContentType.JSON)
                .body(Map.of("type", "opened"))
                .post("/api/v1/letters/" + serverLetter + "/events")
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", endsWith("/not-a-link-letter"));
    }

    static Stream<Arguments> headerInjections() {
        List<String> payloads = List.of("\r", "\n", "\r\nBcc: x@evil.example", "\u0000", "\u2028");
        return Stream.of("name", "email", "subject")
                .flatMap(field -> payloads.stream()
                        .flatMap(payload -> Stream.of(
                                Arguments.of(field, (field.equals("email") ? "ana@example.org" : "Vote NO") + payload),
                                Arguments.of(field, payload + (field.equals("email") ? "ana@example.org" : "Vote NO")),
                                Arguments.of(
                                        field,
                                        (field.equals("email")
                                                ? "ana@exa" + payload + "mple.org"
                                                : "Vote" + payload + "NO")))));
    }

    @ParameterizedTest
    @MethodSource("headerInjections")
    void headerInjectionAttemptsAreRejectedNamingTheField(String field, String value) {
        Map<String, Object> body = submission("server");
        body.put(field, value);
        post(body)
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", endsWith("/invalid-field"))
                .body("field", equalTo(field));
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "NULL",
            delimiter = '|',
            value = {
                "mode|carrier pigeon",
                "mode|NULL",
                "language|fr",
                "email|NULL",
                "name|NULL",
                "address|NULL",
                "ward|51",
                "source|<script>",
                "lat|NULL",
                "email|ana@example.org, b@example.org",
                "email|Ana <ana@example.org>"
            })
    void invalidFieldsAreRejectedNamingTheField(String field, String value) {
        Map<String, Object> body = submission("server");
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, field.equals("ward") ? Integer.valueOf(value) : value);
        }
        post(body).statusCode(400).contentType(PROBLEM_JSON).body("field", equalTo(field));
    }

    @Test
    void theServerFindsTheWardFromTheAddressAlone() {
        Map<String, Object> body = submission("server");
        body.remove("lat");
        body.remove("lon");
        body.put("address", "2650 West 51st Street, Chicago, IL 60632");
        post(body).statusCode(202).body("ward", equalTo(15)).body("alder", equalTo("Raymond A. Lopez"));
        body.put("ward", 14);
        body.put("email", "other+" + UUID.randomUUID() + "@example.org");
        post(body)
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", endsWith("/ward-mismatch"))
                .body("ward", equalTo(15));
    }

    @Test
    void anAddressWhereTwoWardsMeetNeedsTheResidentsChoiceAmongTheCandidates() {
        Map<String, Object> body = submission("server");
        body.remove("lat");
        body.remove("lon");
        body.put("address", "1400 W Augusta Blvd");
        post(body)
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", endsWith("/ward-ambiguous"))
                .body("candidates.ward", org.hamcrest.Matchers.containsInAnyOrder(1, 27))
                .body("candidates[0].alder.name", notNullValue());
        body.put("ward", 3);
        post(body).statusCode(422).contentType(PROBLEM_JSON).body("type", endsWith("/ward-mismatch"));
        body.put("ward", 27);
        post(body).statusCode(202).body("ward", equalTo(27));
    }

    @Test
    void anAddressTheGeocoderCannotReadIsRefusedWithItsReason() {
        Map<String, Object> body = submission("server");
        body.remove("lat");
        body.remove("lon");
        body.put("address", "2650 W Qwzxvy St");
        post(body).statusCode(422).contentType(PROBLEM_JSON).body("type", endsWith("/street-not-found"));
        body.put("address", "Somewhere nice");
        post(body).statusCode(422).contentType(PROBLEM_JSON).body("type", endsWith("/address-unparseable"));
    }

    @Test
    void aConfirmedWardThatTheLocationDoesNotAllowIsRefused() {
        Map<String, Object> body = submission("server");
        body.put("ward", 14);
        post(body)
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", endsWith("/ward-mismatch"))
                .body("ward", equalTo(15));
    }

    @Test
    void aLocationOutsideTheCityIsRefused() {
        Map<String, Object> body = submission("server");
        body.put("lat", 41.70);
        body.put("lon", -87.75);
        post(body).statusCode(404).contentType(PROBLEM_JSON).body("type", endsWith("/outside-city"));
    }

    @Test
    void closedAndUnknownCampaignsTakeNoLetters() {
        given().contentType(ContentType.JSON)
                .body(submission("server"))
                .post("/api/v1/campaigns/" + TestCampaigns.CLOSED + "/letters")
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", endsWith("/campaign-closed"));
        given().contentType(ContentType.JSON)
                .body(submission("server"))
                .post("/api/v1/campaigns/no-such-campaign/letters")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", endsWith("/unknown-campaign"));
        given().get("/api/v1/campaigns/no-such-campaign/stats")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", endsWith("/unknown-campaign"));
    }

    @Test
    void malformedJsonIsABadRequestNotAServerError() {
        given().contentType(ContentType.JSON)
                .body("{\"name\": ")
                .post("/api/v1/campaigns/" + CAMPAIGN + "/letters")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON);
        given().contentType(ContentType.JSON)
                .body("")
                .post("/api/v1/campaigns/" + CAMPAIGN + "/letters")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON);
        given().contentType(ContentType.JSON)
                .body("{\"lat\": \"north\"}")
                .post("/api/v1/campaigns/" + CAMPAIGN + "/letters")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void unconfirmedLettersExpireAndFreeTheResidentToWriteAgain() {
        Map<String, Object> body = submission("server");
        String first = post(body).statusCode(202).extract().path("id");
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                        .createQuery("update Letter l set l.confirmExpiresAt = :past where l.publicId = :id")
                        .setParameter("past", java.time.OffsetDateTime.now().minusMinutes(1))
                        .setParameter("id", first)
                        .executeUpdate());

        assertThat(expiry.expireUnconfirmed()).isGreaterThanOrEqualTo(1);

        given().get("/api/v1/letters/" + first).then().body("status", equalTo("expired"));
        String second = post(body).statusCode(202).extract().path("id");
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void statsCountConfirmedPersonalisedLettersPerWardAndSourceWithoutPersonalData() {
        String stats = "/api/v1/campaigns/" + CAMPAIGN + "/stats";
        Map<String, Object> body = submission("server");
        body.put("personalNote", "My neighbours depend on this ordinance.");
        body.put("source", "partner-a");
        post(body).statusCode(202);
        dispatcher.dispatchDue();
        // Counted after the dispatch, which may also send letters other classes queued: only the confirmation moves
        // the counts from here.
        int queuedBefore = given().get(stats).then().extract().path("wards[14].queued");
        int sentBefore = given().get(stats).then().extract().path("wards[14].sent");
        int personalisedBefore = given().get(stats).then().extract().path("wards[14].personalised");
        Integer fromPartnerBefore = given().get(stats).then().extract().path("bySource.'partner-a'");
        confirm(confirmationToken((String) body.get("email"))).statusCode(200);
        int before = fromPartnerBefore == null ? 0 : fromPartnerBefore;
        // Queued: shown per ward, not counted in the total until it is sent.
        given().get(stats)
                .then()
                .body("wards[14].queued", equalTo(queuedBefore + 1))
                .body("bySource.'partner-a'", equalTo(fromPartnerBefore));
        dispatcher.dispatchDue();

        String answer = given().get(stats)
                .then()
                .statusCode(200)
                .body("campaign", equalTo(CAMPAIGN))
                .body("wards.size()", equalTo(50))
                .body("wards[14].ward", equalTo(15))
                .body("wards[14].queued", equalTo(queuedBefore))
                .body("wards[14].sent", equalTo(sentBefore + 1))
                .body("wards[14].alder", equalTo("Raymond A. Lopez"))
                .body("wards[14].personalised", equalTo(personalisedBefore + 1))
                .body("bySource.'partner-a'", equalTo(before + 1))
                .extract()
                .asString();
        assertThat(answer).doesNotContain("example.org").doesNotContain("Pérez").doesNotContain("neighbours");
    }

    @Test
    void twoConfirmationsAtOnceQueueTheLetterOnce() throws Exception {
        Map<String, Object> body = submission("server");
        String id = post(body).statusCode(202).extract().path("id");
        dispatcher.dispatchDue();
        String token = confirmationToken((String) body.get("email"));

        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> confirmations = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                confirmations.add(pool.submit(() -> given().contentType(ContentType.JSON)
                        .body(Map.of("token", token))
                        .post("/api/v1/letters/confirm")
                        .then()
                        .extract()
                        .statusCode()));
            }
            for (java.util.concurrent.Future<Integer> confirmation : confirmations) {
                assertThat(confirmation.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }

        dispatcher.dispatchDue();
        assertThat(lettersToWard15From((String) body.get("email"))).hasSize(1);
        given().get("/api/v1/letters/" + id).then().body("status", equalTo("sent"));
    }

    @Test
    void aLocationThatContradictsTheSignedAddressIsRefused() {
        Map<String, Object> body = submission("server");
        body.put("address", "1958 N Milwaukee Ave");
        post(body)
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", endsWith("/ward-mismatch"))
                .body("ward", equalTo(15));
    }
}
