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
import java.util.stream.IntStream;
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

    // Fresh alder addresses per run: the H2 in-memory database outlives one test profile's app, and pacing
    // counts what was sent to an address in the last hour.
    private static final String WARD_15 = "paced-15-" + java.util.UUID.randomUUID() + "@example.org";
    private static final String WARD_1 = "paced-1-" + java.util.UUID.randomUUID() + "@example.org";

    @Inject
    LetterStore letters;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    MockMailbox mailbox;

    @Inject
    EntityManager em;

    @BeforeEach
    void clear() {
        dispatcher.dispatchDue();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createQuery("update OutboxMessage m set m.status = 'FAILED' where m.status <> 'SENT'")
                        .executeUpdate());
        mailbox.clear();
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
        assertThat(mailbox.getMailsSentTo("Ward20@cityofchicago.org")).hasSize(1);
        assertThat(letters.findByPublicId(id).orElseThrow().status()).isEqualTo(LetterStatus.SENT);
    }

    @Test
    void mailThatACrashedInstanceClaimedIsSentOnceItsClaimExpires() {
        LetterReceipt letter = letters.insert(letter(WARD_1, 1, "left-half-sent"), Duration.ofDays(7));
        QuarkusTransaction.requiringNew()
                .run(() -> em.createQuery(
                                "update OutboxMessage m set m.status = 'SENDING', m.claimedBy = 'crashed-instance', m.claimedUntil = :expired"
                                        + " where m.letterId = (select l.id from Letter l where l.publicId = :id)")
                        .setParameter("expired", OffsetDateTime.now().minusSeconds(1))
                        .setParameter("id", letter.id())
                        .executeUpdate());

        dispatcher.dispatchDue();

        assertThat(subjectsTo(WARD_1)).containsExactly("left-half-sent");
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
                .forEach(i -> letters.insert(letter(WARD_15, 15, "fifteen-" + i), Duration.ofDays(7)));
        letters.insert(letter(WARD_1, 1, "one-1"), Duration.ofDays(7));

        dispatcher.dispatchDue();

        assertThat(subjectsTo(WARD_15)).containsExactly("fifteen-1", "fifteen-2");
        assertThat(subjectsTo(WARD_1))
                .as("another alder's letters are not held up")
                .containsExactly("one-1");
        OffsetDateTime heldUntil = QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery(
                                "select min(m.nextAttemptAt) from OutboxMessage m where m.recipient = :to and m.status = 'PENDING'",
                                OffsetDateTime.class)
                        .setParameter("to", WARD_15)
                        .getSingleResult());
        assertThat(heldUntil).isAfter(OffsetDateTime.now().plusMinutes(59));
        assertThat(dispatcher.dispatchDue())
                .as("nothing is due before the hour is up")
                .isZero();

        // An hour later: the first two sends age out of the window, and the held letters are due.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createQuery(
                            "update OutboxMessage m set m.sentAt = :hourAgo where m.status = 'SENT' and m.recipient = :to")
                    .setParameter("hourAgo", OffsetDateTime.now().minusMinutes(61))
                    .setParameter("to", WARD_15)
                    .executeUpdate();
            em.createQuery("update OutboxMessage m set m.nextAttemptAt = :now where m.status = 'PENDING'")
                    .setParameter("now", OffsetDateTime.now().minusSeconds(1))
                    .executeUpdate();
        });
        mailbox.clear();

        dispatcher.dispatchDue();

        assertThat(subjectsTo(WARD_15)).containsExactly("fifteen-3", "fifteen-4");
    }
}
