package org.aldermail.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.aldermail.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With the mail server unreachable, the outbox stops at the first refused connection: one mail counts an attempt
 * and the rest wait with it, their attempts untouched, until the back-off is over.
 */
@QuarkusTest
@TestProfile(MailServerOutageTest.NoMailServer.class)
class MailServerOutageTest {

    private static final int LETTERS = 12;
    private static final int SEND_CONCURRENCY = 5;

    /** Real SMTP to a port where nothing listens: every connection is refused at once. */
    public static class NoMailServer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.mailer.mock", "false",
                    "quarkus.mailer.host", "127.0.0.1",
                    "quarkus.mailer.port", String.valueOf(closedPort()),
                    "quarkus.mailer.start-tls", "DISABLED",
                    "aldermail.delivery.send-concurrency", String.valueOf(SEND_CONCURRENCY),
                    "aldermail.delivery.send-timeout", "20s",
                    "aldermail.delivery.retry-initial-delay", "30s");
        }

        private static int closedPort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Inject
    LetterStore letters;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    EntityManager em;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theQueueWaitsWithTheFirstRefusedMailAndKeepsItsAttempts() {
        List<LetterReceipt> queued = IntStream.range(0, LETTERS)
                .mapToObj(i -> letters.insert(letter("Resident " + i), Duration.ofDays(7)))
                .toList();

        assertThat(dispatcher.dispatchDue()).isEqualTo(SEND_CONCURRENCY);
        assertThat(totalAttempts(queued)).isEqualTo(1);
        assertThat(queued).allSatisfy(r -> assertThat(statusOf(r)).isEqualTo(LetterStatus.QUEUED));

        // Nothing more is tried before the back-off is over, on this tick or the next.
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(totalAttempts(queued)).isEqualTo(1);

        clock.advance(Duration.ofMinutes(2));
        assertThat(dispatcher.dispatchDue()).isEqualTo(SEND_CONCURRENCY);
        assertThat(totalAttempts(queued)).isEqualTo(2);
        assertThat(queued).allSatisfy(r -> assertThat(statusOf(r)).isEqualTo(LetterStatus.QUEUED));
    }

    private static NewLetter letter(String residentName) {
        return new NewLetter(
                "outage-campaign",
                15,
                "Raymond A. Lopez",
                "Ward15@cityofchicago.org",
                residentName,
                "outage-resident@example.org",
                "2650 W 51st St",
                "en",
                "Vote NO — " + residentName,
                "Dear Alderperson Lopez,\n\nPlease vote no.\n\n" + residentName,
                false,
                DeliveryMode.SERVER,
                false,
                "direct",
                "Chicago Welcoming Coalition",
                "letters@coalition.example",
                false,
                null,
                "outage-resident");
    }

    private LetterStatus statusOf(LetterReceipt receipt) {
        return letters.findByPublicId(receipt.id()).orElseThrow().status();
    }

    private long totalAttempts(List<LetterReceipt> receipts) {
        List<String> ids = receipts.stream().map(LetterReceipt::id).toList();
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery(
                                "select coalesce(sum(m.attempts), 0) from OutboxMessage m, Letter l"
                                        + " where m.letterId = l.id and l.publicId in :ids",
                                Long.class)
                        .setParameter("ids", ids)
                        .getSingleResult());
    }
}
