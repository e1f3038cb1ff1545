package org.aldermail.delivery;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aldermail.campaign.TestCampaigns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A submission with the email of an existing letter (same alder and campaign) must not tell anyone that the address
 * wrote: it is answered, and tracks, like a new letter, and the address's owner is emailed instead.
 */
@QuarkusTest
@WithTestResource(TestCampaigns.class)
class RepeatSubmissionTest {

    @Inject
    MockMailbox mailbox;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    LetterExpiry expiry;

    @Inject
    EntityManager em;

    @BeforeEach
    void clearMailbox() {
        dispatcher.dispatchDue();
        mailbox.clear();
    }

    private static Map<String, Object> letterFrom(String email, String language) {
        Map<String, Object> body = LetterResourceTest.submission("server");
        body.put("email", email);
        body.put("language", language);
        return body;
    }

    private static String email() {
        return "owner+" + UUID.randomUUID() + "@example.org";
    }

    private long lettersFrom(String email) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery(
                                "select count(l) from Letter l where lower(l.residentEmail) = :email", Long.class)
                        .setParameter("email", email.toLowerCase())
                        .getSingleResult());
    }

    @Test
    void aRepeatIsAnsweredAndTrackedExactlyLikeANewLetter() {
        String email = email();
        JsonPath first = JsonPath.from(LetterResourceTest.post(letterFrom(email, "en"))
                .statusCode(202)
                .extract()
                .asString());
        Map<String, Object> repeat = letterFrom(email.toUpperCase(), "en");
        repeat.put("name", "Someone Else");
        JsonPath second = JsonPath.from(
                LetterResourceTest.post(repeat).statusCode(202).extract().asString());

        assertThat(second.getMap("$").keySet()).isEqualTo(first.getMap("$").keySet());
        assertThat(second.getString("id")).isNotEqualTo(first.getString("id")).hasSize(36);
        assertThat(second.getString("status")).isEqualTo("pending_confirmation");
        assertThat(second.getString("mode")).isEqualTo("server");
        assertThat(second.getInt("ward")).isEqualTo(first.getInt("ward"));
        assertThat(second.getString("alder")).isEqualTo(first.getString("alder"));
        assertThat(second.getString("sentAt")).isNull();
        assertThat(OffsetDateTime.parse(second.getString("createdAt")))
                .isAfterOrEqualTo(OffsetDateTime.parse(first.getString("createdAt")))
                .isCloseTo(OffsetDateTime.now(), org.assertj.core.api.Assertions.within(Duration.ofMinutes(1)));
        assertThat(lettersFrom(email)).as("still one letter").isEqualTo(1);

        String id = second.getString("id");
        given().get("/api/v1/letters/" + id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("status", equalTo("pending_confirmation"))
                .body(
                        "createdAt",
                        equalTo(given().get("/api/v1/letters/" + id)
                                .then()
                                .extract()
                                .path("createdAt")));
        given().contentType(ContentType.JSON)
                .body(Map.of("type", "opened"))
                .post("/api/v1/letters/" + id + "/events")
                .then()
                .statusCode(409)
                .body("type", endsWith("/not-a-link-letter"));
    }

    @Test
    void theOwnerIsToldInTheirLanguageAtMostOnceADayPerLetter() {
        String email = email();
        LetterResourceTest.post(letterFrom(email, "es")).statusCode(202);
        dispatcher.dispatchDue();
        assertThat(mailbox.getMailsSentTo(email)).as("the confirmation request").hasSize(1);
        mailbox.clear();

        Map<String, Object> repeat = letterFrom(email, "en");
        repeat.put("name", "REPEAT-MARKER https://spam.example");
        repeat.put("subject", "REPEAT-MARKER subject");
        LetterResourceTest.post(repeat).statusCode(202);
        LetterResourceTest.post(repeat).statusCode(202);
        dispatcher.dispatchDue();
        LetterResourceTest.post(repeat).statusCode(202);
        dispatcher.dispatchDue();

        List<Mail> notices = mailbox.getMailsSentTo(email);
        assertThat(notices).as("three repeats in a day: one notice").hasSize(1);
        Mail notice = notices.get(0);
        assertThat(notice.getSubject()).isEqualTo("Su carta a Raymond A. Lopez: alguien intentó enviarla de nuevo");
        assertThat(notice.getText())
                .contains("Alguien intentó de nuevo enviar una carta en nombre de esta dirección de correo")
                .contains("no se envió nada más")
                .contains("Su carta espera que usted la confirme")
                .doesNotContain("REPEAT-MARKER", "spam.example");
        assertThat(mailbox.getMailsSentTo(LetterResourceTest.WARD_15_EMAIL)).isEmpty();

        passADay();
        LetterResourceTest.post(repeat).statusCode(202);
        dispatcher.dispatchDue();
        assertThat(mailbox.getMailsSentTo(email)).as("the next day, one more").hasSize(2);
        assertThat(lettersFrom(email)).isEqualTo(1);
    }

    @Test
    void aRepeatReceiptExpiresLikeAnUnconfirmedLetter() {
        String email = email();
        LetterResourceTest.post(letterFrom(email, "en")).statusCode(202);
        String id = LetterResourceTest.post(letterFrom(email, "en"))
                .statusCode(202)
                .extract()
                .path("id");
        QuarkusTransaction.requiringNew()
                .run(() -> em.createQuery(
                                "update RepeatReceipt r set r.confirmExpiresAt = :past where r.publicId = :id")
                        .setParameter("past", OffsetDateTime.now().minusMinutes(1))
                        .setParameter("id", id)
                        .executeUpdate());

        expiry.expireUnconfirmed();

        given().get("/api/v1/letters/" + id).then().body("status", equalTo("expired"));
    }

    @Test
    void anIdempotencyKeyReplaysTheRepeatsOwnAnswer() {
        String email = email();
        LetterResourceTest.post(letterFrom(email, "en")).statusCode(202);
        String key = UUID.randomUUID().toString();
        Map<String, Object> repeat = letterFrom(email, "en");
        String answer = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(repeat)
                .post("/api/v1/campaigns/" + TestCampaigns.SHIPPED + "/letters")
                .then()
                .statusCode(202)
                .extract()
                .asString();
        String again = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(repeat)
                .post("/api/v1/campaigns/" + TestCampaigns.SHIPPED + "/letters")
                .then()
                .statusCode(202)
                .extract()
                .asString();
        assertThat(again).isEqualTo(answer);
    }

    @Test
    void aRepeatAfterTheLetterExpiredIsANewLetter() {
        String email = email();
        String first = LetterResourceTest.post(letterFrom(email, "en"))
                .statusCode(202)
                .extract()
                .path("id");
        QuarkusTransaction.requiringNew()
                .run(() -> em.createQuery("update Letter l set l.confirmExpiresAt = :past where l.publicId = :id")
                        .setParameter("past", OffsetDateTime.now().minusMinutes(1))
                        .setParameter("id", first)
                        .executeUpdate());
        expiry.expireUnconfirmed();

        LetterResourceTest.post(letterFrom(email, "en")).statusCode(202);

        assertThat(lettersFrom(email)).isEqualTo(2);
    }

    private void passADay() {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createQuery("update MailAllowance a set a.grantedAt = :past")
                        .setParameter("past", OffsetDateTime.now().minusDays(1).minusMinutes(1))
                        .executeUpdate());
    }
}
