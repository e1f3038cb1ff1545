package org.aldermail.abuse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.aldermail.campaign.TestCampaigns;
import org.aldermail.delivery.OutboxDispatcher;
import org.aldermail.testsupport.Forms;
import org.aldermail.testsupport.TestClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Server-mode letters with proof of work on (as in production): the challenge, its solution found here with plain Java
 * SHA-256, and every way a solution is refused. The letter form, without JavaScript, offers the mail-link mode.
 */
@QuarkusTest
@TestProfile(ProofOfWorkTest.ProofOfWorkOn.class)
@WithTestResource(TestCampaigns.class)
class ProofOfWorkTest {

    public static class ProofOfWorkOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("aldermail.abuse.proof-of-work", "true", "aldermail.abuse.proof-of-work-max-number", "5000");
        }
    }

    private static final String CAMPAIGN = TestCampaigns.SHIPPED;
    private static final String LETTERS = "/api/v1/campaigns/" + CAMPAIGN + "/letters";
    private static final String PROBLEM = "/problems/proof-of-work-required";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestClock clock;

    @Inject
    MockMailbox mailbox;

    @Inject
    OutboxDispatcher dispatcher;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void theChallengeIsASignedSha256PuzzleThatExpires() {
        given().get("/api/v1/altcha/challenge")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("algorithm", equalTo("SHA-256"))
                .body("challenge", matchesPattern("[0-9a-f]{64}"))
                .body("maxnumber", equalTo(5000))
                .body("salt", matchesPattern("[0-9a-f]{24}\\?expires=\\d+"))
                .body("signature", matchesPattern("[0-9a-f]{64}"));
    }

    @Test
    void aSolvedChallengeSendsAServerLetterOnceAndOnlyOnce() throws Exception {
        String solution = solve(challenge());
        submit(letter("server", solution)).statusCode(202).body("status", equalTo("pending_confirmation"));
        refused(submit(letter("server", solution)));
    }

    @Test
    void aServerLetterWithoutAUsableProofIsRefusedWithoutSayingWhy() throws Exception {
        refused(submit(letter("server", null)));
        refused(submit(letter("server", "not base64 at all")));

        Map<String, Object> wrongNumber = challenge();
        Map<String, Object> wrong = solved(wrongNumber);
        wrong.put("number", ((Number) wrong.get("number")).longValue() + 1);
        refused(submit(letter("server", payload(wrong))));

        Map<String, Object> tampered = solved(challenge());
        tampered.put("signature", "0".repeat(64));
        refused(submit(letter("server", payload(tampered))));

        Map<String, Object> forged = new LinkedHashMap<>();
        String salt = "00112233445566778899aabb?expires=" + (System.currentTimeMillis() / 1000 + 3600_000);
        forged.put("algorithm", "SHA-256");
        forged.put("challenge", sha256(salt + 7));
        forged.put("number", 7);
        forged.put("salt", salt);
        forged.put("signature", "f".repeat(64));
        refused(submit(letter("server", payload(forged))));

        String expiring = solve(challenge());
        clock.advance(Duration.ofMinutes(21));
        refused(submit(letter("server", expiring)));
    }

    @Test
    void anIdempotentRetryIsAnsweredAsFirstEvenThoughItsProofIsUsed() throws Exception {
        Map<String, Object> letter = letter("server", solve(challenge()));
        String key = UUID.randomUUID().toString();
        String id = submit(letter, key).statusCode(202).extract().path("id");
        submit(letter, key).statusCode(202).body("id", equalTo(id));
    }

    @Test
    void linkModeNeedsNoProof() {
        submit(letter("link", null)).statusCode(200);
    }

    @Test
    void theLetterPageAsksForTheProofAndOffersMailLinksWithoutJavaScript() throws Exception {
        String page = letterPage();
        assertThat(page)
                .contains("<altcha-widget challengeurl=\"/api/v1/altcha/challenge\" name=\"altcha\"")
                .contains("<script type=\"module\" src=\"/js/vendor/altcha.js\"></script>")
                .contains("&quot;label&quot;:&quot;Quick browser check before sending&quot;")
                .contains("<noscript><p class=\"hint\">To have it sent for you, this page needs JavaScript.");
        Map<String, String> form = sendForm(page);
        clock.advance(Duration.ofSeconds(3));
        String again = post(form)
                .statusCode(400)
                .body(containsString("Sending it for you needs a quick check by your browser"))
                .extract()
                .asString();
        dispatcher.dispatchDue();
        assertThat(mailbox.getMailsSentTo(form.get("email"))).isEmpty();

        form.put("formToken", Forms.token(again, "/c/" + CAMPAIGN + "/send"));
        form.put("altcha", solve(challenge()));
        clock.advance(Duration.ofSeconds(3));
        post(form).statusCode(200).body(containsString("Thank you, Ana Pérez"));
        dispatcher.dispatchDue();
        assertThat(mailbox.getMailsSentTo(form.get("email"))).hasSize(1);

        form.put("mode", "link");
        form.put("email", "ana+" + UUID.randomUUID() + "@example.org");
        form.remove("altcha");
        form.put("formToken", Forms.token(letterPage(), "/c/" + CAMPAIGN + "/send"));
        clock.advance(Duration.ofSeconds(3));
        post(form).statusCode(200).body(containsString("Your letter is ready to send"));
    }

    @Test
    void theWidgetIsServedFromOurOwnOrigin() {
        given().get("/js/vendor/altcha.js").then().statusCode(200).contentType(containsString("javascript"));
        given().get("/js/vendor/worker.js").then().statusCode(200);
        given().get("/js/vendor/altcha.css").then().statusCode(200);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static void refused(ValidatableResponse response) {
        response.statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith(PROBLEM))
                .body("detail", containsString("altcha"));
    }

    private static Map<String, Object> challenge() {
        return given().get("/api/v1/altcha/challenge")
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
    }

    /** What the widget does: tries every number up to maxnumber until SHA-256(salt + number) is the challenge. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> solved(Map<String, Object> challenge) throws NoSuchAlgorithmException {
        String salt = (String) challenge.get("salt");
        long max = ((Number) challenge.get("maxnumber")).longValue();
        for (long n = 0; n <= max; n++) {
            if (sha256(salt + n).equals(challenge.get("challenge"))) {
                Map<String, Object> solution = new LinkedHashMap<>();
                solution.put("algorithm", challenge.get("algorithm"));
                solution.put("challenge", challenge.get("challenge"));
                solution.put("number", n);
                solution.put("salt", salt);
                solution.put("signature", challenge.get("signature"));
                solution.put("took", 12);
                return solution;
            }
        }
        throw new AssertionError("No solution up to " + max);
    }

    private static String solve(Map<String, Object> challenge) throws Exception {
        return payload(solved(challenge));
    }

    private static String payload(Map<String, Object> solution) throws Exception {
        return Base64.getEncoder().encodeToString(JSON.writeValueAsBytes(solution));
    }

    private static String sha256(String text) throws NoSuchAlgorithmException {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, Object> letter(String mode, String altcha) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Ana Pérez");
        body.put("email", "ana+" + UUID.randomUUID() + "@example.org");
        body.put("address", "2650 W 51st St");
        body.put("lat", 41.80114728284117);
        body.put("lon", -87.69116329942362);
        body.put("language", "en");
        body.put("mode", mode);
        if (altcha != null) {
            body.put("altcha", altcha);
        }
        return body;
    }

    private static ValidatableResponse submit(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post(LETTERS).then();
    }

    private static ValidatableResponse submit(Map<String, Object> body, String idempotencyKey) {
        return given().contentType(ContentType.JSON)
                .header("Idempotency-Key", idempotencyKey)
                .body(body)
                .post(LETTERS)
                .then();
    }

    private static String letterPage() {
        String campaign = given().get("/c/" + CAMPAIGN).then().extract().asString();
        return given().contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("lang", "en")
                .formParam("address", "2650 W 51st St")
                .formParam("formToken", Forms.token(campaign, "/c/" + CAMPAIGN + "/letter"))
                .post("/c/" + CAMPAIGN + "/letter")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private static Map<String, String> sendForm(String page) {
        Map<String, String> form = new HashMap<>();
        java.util.regex.Matcher hidden = java.util.regex.Pattern.compile(
                        "<input type=\"hidden\" name=\"(\\w+)\" value=\"([^\"]*)\">")
                .matcher(page.substring(page.indexOf("action=\"/c/" + CAMPAIGN + "/send\"")));
        while (hidden.find()) {
            form.putIfAbsent(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
        }
        form.put("lang", "en");
        form.put("name", "Ana Pérez");
        form.put("email", "ana+" + UUID.randomUUID() + "@example.org");
        form.put("mode", "server");
        return form;
    }

    private static ValidatableResponse post(Map<String, String> form) {
        return given().redirects()
                .follow(false)
                .contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParams(form)
                .post("/c/" + CAMPAIGN + "/send")
                .then();
    }
}
