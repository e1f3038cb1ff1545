package org.aldermail.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** At most two letters per alder per hour: the rest wait, and go in the order they came. */
@QuarkusTest
@TestProfile(PacedDeliveryTest.TwoPerHour.class)
class PacedDeliveryTest {

    public static class TwoPerHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("aldermail.delivery.max-letters-per-alder-per-hour", "2");
        }
    }

    private static final String WARD_15 = "Ward15@cityofchicago.org";
    private static final String WARD_1 = "Ward01@cityofchicago.org";

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
        mailbox.clear();
    }

    private static NewLetter letter(String alderEmail, int ward, String subject) {
        return new NewLetter("paced", ward, "Alder " + ward, alderEmail, "Resident", "resident@example.org", "1 N State St",
                "en", subject, "Body", false, DeliveryMode.SERVER, false, "direct", "aldermail", "letters@localhost",
                false, null);
    }

    private List<String> subjectsTo(String alderEmail) {
        return mailbox.getMailsSentTo(alderEmail).stream().map(Mail::getSubject).toList();
    }

    @Test
    void lettersBeyondTheHourlyPaceWaitAndGoInOrder() {
        IntStream.rangeClosed(1, 5).forEach(i -> letters.insert(letter(WARD_15, 15, "fifteen-" + i), Duration.ofDays(7)));
        letters.insert(letter(WARD_1, 1, "one-1"), Duration.ofDays(7));

        dispatcher.dispatchDue();

        assertThat(subjectsTo(WARD_15)).containsExactly("fifteen-1", "fifteen-2");
        assertThat(subjectsTo(WARD_1)).as("another alder's letters are not held up").containsExactly("one-1");
        OffsetDateTime heldUntil = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select min(m.nextAttemptAt) from OutboxMessage m where m.recipient = :to and m.status = 'PENDING'",
                OffsetDateTime.class).setParameter("to", WARD_15).getSingleResult());
        assertThat(heldUntil).isAfter(OffsetDateTime.now().plusMinutes(59));
        assertThat(dispatcher.dispatchDue()).as("nothing is due before the hour is up").isZero();

        // An hour later: the first two sends age out of the window, and the held letters are due.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createQuery("update OutboxMessage m set m.sentAt = :hourAgo where m.status = 'SENT' and m.recipient = :to")
                    .setParameter("hourAgo", OffsetDateTime.now().minusMinutes(61)).setParameter("to", WARD_15).executeUpdate();
            em.createQuery("update OutboxMessage m set m.nextAttemptAt = :now where m.status = 'PENDING'")
                    .setParameter("now", OffsetDateTime.now().minusSeconds(1)).executeUpdate();
        });
        mailbox.clear();

        dispatcher.dispatchDue();

        assertThat(subjectsTo(WARD_15)).containsExactly("fifteen-3", "fifteen-4");
    }
}
