package org.aldermail.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.aldermail.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Delivery settings an operator can change: pacing (two letters per alder per hour here), no sender
 * confirmation, and the outbox picking up what a crashed instance left half-sent.
 */
@QuarkusTest
@TestProfile(DeliveryPolicyTest.Policy.class)
class DeliveryPolicyTest {

    public static class Policy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "aldermail.delivery.max-letters-per-alder-per-hour",
                    "2",
                    "aldermail.delivery.confirm-sender",
                    "false");
        }
    }

    // Fresh alder addresses per test, because pacing counts what was sent to an address in the last hour.
    private final String ward15 = "paced-15-" + UUID.randomUUID() + "@example.org";
    private final String ward1 = "paced-1-" + UUID.randomUUID() + "@example.org";

    @Inject
    LetterStore letters;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    MockMailbox mailbox;

    @Inject
    EntityManager em;

    @Inject
    TestClock clock;

    @Inject
    DeliveryConfig config;

    /**
     * The class owns its database (its profile starts its own app, and every app starts on an empty database), so
     * only its own earlier tests can have left mail due: those are retired, and each test starts from an empty
     * outbox whatever the order.
     */
    @BeforeEach
    void emptyOutbox() {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createQuery("update OutboxMessage m set m.status = 'FAILED' where m.status <> 'SENT'")
                        .executeUpdate());
        mailbox.clear();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void withoutSenderConfirmationALetterIsQueuedAtOnce() {
        // Ward 20's office, so the pacing test's letters to other alders do not hold this one up.
        Map<String, Object> body = LetterResourceTest.submission("server");
        body.put("lat", 41.7906677191873);
        body.put("lon", -87.63025141399062);
        body.put("address", "5707 S Wentworth Ave");
        String id = LetterResourceTest.post(body)
                .statusCode(202)
                .body("status", org.hamcrest.Matchers.equalTo("queued"))
                .extract()
                .path("id");

        dispatcher.dispatchDue();

        assertThat(mailbox.getMailsSentTo((String) body.get("email")))
                .as("no confirmation email")
                .isEmpty();
        assertThat(mailbox.getMailsSentTo("Ward20@cityofchicago.org"))
                .filteredOn(mail -> body.get("email").equals(mail.getReplyTo()))
                .hasSize(1);
        assertThat(letters.findByPublicId(id).orElseThrow().status()).isEqualTo(LetterStatus.SENT);
    }

    @Test
    void mailThatACrashedInstanceClaimedIsSentOnceItsClaimExpires() {
        LetterReceipt letter = letters.insert(letter(ward1, 1, "left-half-sent"), Duration.ofDays(7));
        QuarkusTransaction.requiringNew()
                .run(() -> em.createQuery(
                                "update OutboxMessage m set m.status = 'SENDING', m.claimedBy = 'crashed-instance', m.claimedUntil = :until"
                                        + " where m.letterId = (select l.id from Letter l where l.publicId = :id)")
                        .setParameter("until", OffsetDateTime.now(clock).plus(config.claimTimeout()))
                        .setParameter("id", letter.id())
                        .executeUpdate());

        dispatcher.dispatchDue();
        assertThat(subjectsTo(ward1)).as("not while the claim lasts").isEmpty();

        clock.advance(config.claimTimeout().plusSeconds(1));
        dispatcher.dispatchDue();

        assertThat(subjectsTo(ward1)).containsExactly("left-half-sent");
        assertThat(letters.findByPublicId(letter.id()).orElseThrow().status()).isEqualTo(LetterStatus.SENT);
    }

    private static NewLetter letter(String alderEmail, int ward, String subject) {
        return new NewLetter(
                "paced",
                ward,
                "Alder " + ward,
                alderEmail,
                "Resident",
                "resident@example.org",
                "1 N State St",
                "en",
                subject,
                "Body",
                false,
                DeliveryMode.SERVER,
                false,
                "direct",
                "aldermail",
                "letters@localhost",
                false,
                null,
                "test-resident");
    }

    private List<String> subjectsTo(String alderEmail) {
        return mailbox.getMailsSentTo(alderEmail).stream().map(Mail::getSubject).toList();
    }

    @Test
    void lettersBeyondTheHourlyPaceWaitAndGoInOrder() {
        IntStream.rangeClosed(1, 5)
                .forEach(i -> letters.insert(letter(ward15, 15, "fifteen-" + i), Duration.ofDays(7)));
        letters.insert(letter(ward1, 1, "one-1"), Duration.ofDays(7));

        dispatcher.dispatchDue();

        assertThat(subjectsTo(ward15)).containsExactly("fifteen-1", "fifteen-2");
        assertThat(subjectsTo(ward1))
                .as("another alder's letters are not held up")
                .containsExactly("one-1");
        OffsetDateTime heldUntil = QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery(
                                "select min(m.nextAttemptAt) from OutboxMessage m where m.recipient = :to and m.status = 'PENDING'",
                                OffsetDateTime.class)
                        .setParameter("to", ward15)
                        .getSingleResult());
        assertThat(heldUntil).isAfter(OffsetDateTime.now(clock).plusMinutes(59));
        assertThat(dispatcher.dispatchDue())
                .as("nothing is due before the hour is up")
                .isZero();

        // An hour later, the first two sends age out of the window and the held letters are due.
        clock.advance(Duration.ofMinutes(61));
        mailbox.clear();

        dispatcher.dispatchDue();

        assertThat(subjectsTo(ward15)).containsExactly("fifteen-3", "fifteen-4");
    }
}
