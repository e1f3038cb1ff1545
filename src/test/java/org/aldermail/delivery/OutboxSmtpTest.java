package org.aldermail.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.aldermail.testsupport.HeldReply;
import org.aldermail.testsupport.ScriptedGreenMail;
import org.aldermail.testsupport.SmtpTestProfile;
import org.aldermail.testsupport.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox against a real SMTP server (GreenMail in this JVM). */
@QuarkusTest
@TestProfile(SmtpTestProfile.class)
class OutboxSmtpTest {

    private static final String ALDER_EMAIL = "Ward15@cityofchicago.org";
    private static final int SEND_CONCURRENCY = SmtpTestProfile.SEND_CONCURRENCY;
    private static ScriptedGreenMail smtp;

    @Inject
    LetterStore letters;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    EntityManager em;

    @Inject
    TestClock clock;

    @BeforeAll
    static void startSmtp() {
        smtp = startedSmtp();
    }

    /**
     * GreenMail creates a mailbox on first delivery, and twenty deliveries at once to a new address race in
     * that creation and can stall; the mailboxes are made up front.
     */
    private static ScriptedGreenMail startedSmtp() {
        ScriptedGreenMail server = new ScriptedGreenMail(SmtpTestProfile.SMTP_PORT);
        server.startAndAwaitGreeting();
        server.setUser(ALDER_EMAIL, ALDER_EMAIL, "unused");
        server.setUser("resident@example.org", "resident@example.org", "unused");
        return server;
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    /**
     * The class owns its database (its profile starts its own app, and every app starts on an empty database), so
     * only its own earlier tests can have left mail due: those are retired, and each test starts from an empty
     * outbox whatever the order.
     */
    @BeforeEach
    void emptyOutbox() throws Exception {
        smtp.clearScript();
        smtp.purgeEmailFromAllMailboxes();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createQuery("update OutboxMessage m set m.status = 'FAILED' where m.status <> 'SENT'")
                        .executeUpdate());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Duration dispatchUntil(BooleanSupplier done) {
        return DispatchRounds.until(dispatcher, clock, done);
    }

    private boolean sent(LetterReceipt... receipts) {
        return Arrays.stream(receipts).allMatch(r -> statusOf(r) == LetterStatus.SENT);
    }

    private String lastErrorOf(LetterReceipt receipt) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery(
                                "select m.lastError from OutboxMessage m, Letter l where m.letterId = l.id and l.publicId = :id",
                                String.class)
                        .setParameter("id", receipt.id())
                        .getSingleResult());
    }

    private static NewLetter letter(String residentName, String language, boolean ccResident) {
        return new NewLetter(
                "test-campaign",
                15,
                "Raymond A. Lopez",
                ALDER_EMAIL,
                residentName,
                "resident@example.org",
                "2650 W 51st St",
                language,
                "Vote NO — " + residentName,
                "Dear Alderperson Lopez,\n\nPlease vote no.\n\n" + residentName,
                false,
                DeliveryMode.SERVER,
                ccResident,
                "direct",
                "Chicago Welcoming Coalition",
                "letters@coalition.example",
                false,
                null,
                "test-resident");
    }

    private LetterStatus statusOf(LetterReceipt receipt) {
        return letters.findByPublicId(receipt.id()).orElseThrow().status();
    }

    private int attemptsOf(LetterReceipt receipt) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery(
                                "select m.attempts from OutboxMessage m, Letter l where m.letterId = l.id and l.publicId = :id",
                                Integer.class)
                        .setParameter("id", receipt.id())
                        .getSingleResult());
    }

    @Test
    void sendsALetterWithOneOfEachHeaderThatSurvivesDmarc() throws Exception {
        LetterReceipt english = letters.insert(letter("Ana Pérez", "en", true), Duration.ofDays(7));
        LetterReceipt spanish = letters.insert(letter("Núñez, José \"Pepe\"", "es", false), Duration.ofDays(7));

        dispatchUntil(() -> sent(english, spanish));

        MimeMessage[] received = smtp.getReceivedMessages();
        // GreenMail keeps one copy per recipient: the English letter went to the alder and (Cc) the resident.
        assertThat(received).hasSize(3);
        for (MimeMessage message : received) {
            for (String header : List.of("From", "To", "Reply-To", "Subject")) {
                assertThat(message.getHeader(header)).as(header).hasSize(1);
            }
            assertThat(message.getHeader("Bcc")).isNull();
            assertThat(message.getHeader("DKIM-Signature"))
                    .singleElement()
                    .asString()
                    .contains("d=coalition.example", "s=aldermail", "h=From:Reply-To:To:Cc:Subject");
            assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("letters@coalition.example");
            assertThat(((InternetAddress) message.getReplyTo()[0]).getAddress()).isEqualTo("resident@example.org");
            assertThat(((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress())
                    .isEqualTo(ALDER_EMAIL);
        }
        MimeMessage en = Arrays.stream(received)
                .filter(m -> subject(m).contains("Ana"))
                .findFirst()
                .orElseThrow();
        assertThat(((InternetAddress) en.getFrom()[0]).getPersonal())
                .isEqualTo("Ana Pérez via Chicago Welcoming Coalition");
        assertThat(en.getRecipients(Message.RecipientType.CC))
                .extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly("resident@example.org");
        assertThat(String.valueOf(en.getContent())).contains("Please vote no.");
        MimeMessage es = Arrays.stream(received)
                .filter(m -> subject(m).contains("José"))
                .findFirst()
                .orElseThrow();
        assertThat(((InternetAddress) es.getFrom()[0]).getPersonal())
                .isEqualTo("Núñez, José Pepe vía Chicago Welcoming Coalition");
        assertThat(es.getRecipients(Message.RecipientType.CC))
                .as("no copy when the resident asked for none")
                .isNullOrEmpty();
    }

    @Test
    void lettersQueuedWhileTheMailServerIsDownAreAllDeliveredOnceWhenItIsBack() throws Exception {
        smtp.stop();
        List<LetterReceipt> queued = IntStream.range(0, 200)
                .mapToObj(i ->
                        letters.insert(letter("Resident " + i, i % 2 == 0 ? "en" : "es", false), Duration.ofDays(7)))
                .toList();

        // With the server unreachable, one round of concurrent sends fails and the rest of the queue waits
        // (does not burn its attempts) for the next tick.
        assertThat(dispatcher.dispatchDue()).isEqualTo(SEND_CONCURRENCY);
        assertThat(dispatcher.dispatchDue()).isEqualTo(SEND_CONCURRENCY);
        assertThat(queued).allSatisfy(receipt -> assertThat(statusOf(receipt)).isEqualTo(LetterStatus.QUEUED));

        restartSmtp();
        dispatchUntil(() -> sent(queued.toArray(LetterReceipt[]::new)));

        MimeMessage[] received = smtp.getReceivedMessages();
        Set<String> subjects = new HashSet<>();
        Arrays.stream(received).forEach(m -> subjects.add(subject(m)));
        assertThat(received).hasSize(200);
        assertThat(subjects).hasSize(200);
        assertThat(dispatcher.dispatchDue()).isZero();
    }

    @Test
    void aTemporaryRefusalIsRetriedAndDeliveredOnce() throws Exception {
        smtp.replyToNextRecipients("451 4.3.2 Please try again later");
        LetterReceipt receipt = letters.insert(letter("Temporary", "en", false), Duration.ofDays(7));

        dispatchUntil(() -> String.valueOf(lastErrorOf(receipt)).contains("451"));
        assertThat(statusOf(receipt)).isEqualTo(LetterStatus.QUEUED);
        assertThat(smtp.getReceivedMessages()).isEmpty();

        dispatchUntil(() -> sent(receipt));
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(attemptsOf(receipt))
                .as("the refused attempt and the one that went")
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void aPermanentRefusalFailsAfterOneAttemptAndIsVisible() throws Exception {
        smtp.replyToNextRecipients("550 5.1.1 No such mailbox");
        LetterReceipt receipt = letters.insert(letter("Permanent", "en", false), Duration.ofDays(7));

        dispatchUntil(() -> statusOf(receipt) == LetterStatus.FAILED);
        assertThat(dispatcher.dispatchDue()).isZero();

        assertThat(lastErrorOf(receipt)).contains("550");
        assertThat(smtp.getReceivedMessages()).isEmpty();
        String reason = QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery("select l.failureReason from Letter l where l.publicId = :id", String.class)
                        .setParameter("id", receipt.id())
                        .getSingleResult());
        assertThat(reason).contains("550");
    }

    @Test
    void asciiNamesWithCommasColonsOrAtSignsStayOneDisplayName() throws Exception {
        List<String> names = List.of("Smith, John", "Mayor: Brandon", "mayor@cityofchicago.org");
        LetterReceipt[] receipts = names.stream()
                .map(name -> letters.insert(letter(name, "en", false), Duration.ofDays(7)))
                .toArray(LetterReceipt[]::new);

        dispatchUntil(() -> sent(receipts));

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(3);
        for (MimeMessage message : received) {
            assertThat(message.getFrom()).hasSize(1);
            InternetAddress from = (InternetAddress) message.getFrom()[0];
            assertThat(from.getAddress()).isEqualTo("letters@coalition.example");
            assertThat(names.stream().map(n -> n + " via Chicago Welcoming Coalition"))
                    .contains(from.getPersonal());
        }
    }

    @Test
    void aRefusedLoginIsTheServersProblemAndFailsNoLetter() throws Exception {
        smtp.replyToNextRecipients("535 5.7.8 Authentication credentials invalid");
        LetterReceipt receipt = letters.insert(letter("Login", "en", false), Duration.ofDays(7));

        dispatchUntil(() -> String.valueOf(lastErrorOf(receipt)).contains("535"));

        assertThat(statusOf(receipt)).isEqualTo(LetterStatus.QUEUED);
        dispatchUntil(() -> sent(receipt));
    }

    @Test
    void aHungMailServerCostsOneSendTimeoutAndTheLetterIsRetried() throws Exception {
        HeldReply hung = smtp.holdNextRecipient();
        LetterReceipt receipt = letters.insert(letter("Hung", "en", false), Duration.ofDays(7));

        Duration waited = dispatchUntil(hung::arrived);

        assertThat(hung.arrived()).as("the letter reached the server").isTrue();
        assertThat(hung.answered())
                .as("the dispatcher gave up while the server still had not answered")
                .isFalse();
        assertThat(waited).as("it waited out the send timeout").isGreaterThanOrEqualTo(SmtpTestProfile.SEND_TIMEOUT);
        assertThat(statusOf(receipt)).isEqualTo(LetterStatus.QUEUED);
        assertThat(lastErrorOf(receipt)).contains("did not answer in time");

        // The abandoned conversation resumes when the server answers and may still deliver (the known
        // at-least-once corner, see README): let it finish so it cannot interfere with the next test, then start
        // afresh.
        hung.release();
        assertThat(hung.awaitAnswered(Duration.ofSeconds(30))).isTrue();
        smtp.waitForIncomingEmail(Duration.ofSeconds(30).toMillis(), 1);
        assertThat(smtp.getReceivedMessages().length).isLessThanOrEqualTo(1);
        restartSmtp();
    }

    /** A fresh server: drops connections a test left hanging. */
    private static void restartSmtp() {
        smtp.stop();
        smtp = startedSmtp();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
