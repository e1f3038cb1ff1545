package org.aldermail.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.aldermail.testsupport.ScriptedGreenMail;
import org.aldermail.testsupport.SmtpTestProfile;
import org.aldermail.testsupport.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a mail client sees: the headers GreenMail received over real SMTP, decoded by jakarta.mail as a client
 * would decode them.
 */
@QuarkusTest
@TestProfile(SmtpTestProfile.class)
class MailHeadersSmtpTest {

    private static final String ALDER_EMAIL = "Ward15@cityofchicago.org";
    private static final String RESIDENT_EMAIL = "headers@example.org";
    private static final String SENDER = "aldermail";
    private static final String SENDER_ADDRESS = "letters@coalition.example";
    private static ScriptedGreenMail smtp;

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

    @BeforeAll
    static void startSmtp() {
        smtp = new ScriptedGreenMail(SmtpTestProfile.SMTP_PORT);
        smtp.startAndAwaitGreeting();
        smtp.setUser(ALDER_EMAIL, ALDER_EMAIL, "unused");
        smtp.setUser(RESIDENT_EMAIL, RESIDENT_EMAIL, "unused");
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void emptyOutbox() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createQuery("update OutboxMessage m set m.status = 'FAILED' where m.status <> 'SENT'")
                        .executeUpdate());
    }

    private MimeMessage sent(String name, String subject, boolean ccResident, boolean confirm) {
        LetterReceipt receipt = letters.insert(
                new NewLetter(
                        "test-campaign",
                        15,
                        "Raymond A. Lopez",
                        ALDER_EMAIL,
                        name,
                        RESIDENT_EMAIL,
                        "2650 W 51st St",
                        "en",
                        subject,
                        "Dear Alderperson Lopez,\n\nPlease vote no 🌻.\n",
                        false,
                        DeliveryMode.SERVER,
                        ccResident,
                        "direct",
                        SENDER,
                        SENDER_ADDRESS,
                        confirm,
                        null,
                        "headers-resident"),
                Duration.ofDays(7));
        DispatchRounds.until(
                dispatcher,
                clock,
                () -> smtp.getReceivedMessages().length > 0
                        || letters.findByPublicId(receipt.id()).orElseThrow().status() == LetterStatus.FAILED);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).isNotEmpty();
        return received[0];
    }

    private static InternetAddress onlyFrom(MimeMessage message) throws MessagingException {
        Address[] from = message.getFrom();
        assertThat(from).hasSize(1);
        assertThat(message.getHeader("From")).hasSize(1);
        return (InternetAddress) from[0];
    }

    @Test
    void aNonAsciiNameIsADisplayNameThatDecodesToExactlyWhatWasTyped() throws Exception {
        MimeMessage message = sent("José Rodríguez", "Vote NO", false, false);

        InternetAddress from = onlyFrom(message);
        assertThat(from.getAddress()).isEqualTo(SENDER_ADDRESS);
        assertThat(from.getPersonal()).isEqualTo("José Rodríguez via aldermail");
        String raw = message.getHeader("From")[0];
        assertThat(raw)
                .as("a display name, not a comment")
                .startsWith("=?UTF-8?B?")
                .doesNotContain("(");
    }

    @Test
    void emojiSurviveInTheNameTheSubjectAndTheBody() throws Exception {
        MimeMessage message = sent("Ana 🌻 Pérez", "Vote NO 🗳️ on the ordinance", false, false);

        assertThat(onlyFrom(message).getPersonal()).isEqualTo("Ana 🌻 Pérez via aldermail");
        assertThat(message.getSubject()).isEqualTo("Vote NO 🗳️ on the ordinance");
        assertThat(String.valueOf(message.getContent())).contains("Please vote no 🌻.");
    }

    @Test
    void aLongNonAsciiNameIsFoldedIntoValidEncodedWords() throws Exception {
        String name = "Ñ".repeat(40) + " 🌻 " + "é".repeat(55);
        MimeMessage message = sent(name, "Ü".repeat(150), false, false);

        assertThat(onlyFrom(message).getPersonal()).isEqualTo(name + " via aldermail");
        assertThat(message.getSubject()).isEqualTo("Ü".repeat(150));
        for (String header : List.of("From", "Subject")) {
            String raw = message.getHeader(header)[0];
            for (String word : raw.split("\\s+")) {
                assertThat(word.length()).as(word).isLessThanOrEqualTo(75);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=?UTF-8?Q?Mayor_Johnson_=3Cmayor@cityofchicago.org=3E?=",
                "=?utf-8?b?TWF5b3IgPG1heW9yQGNpdHlvZmNoaWNhZ28ub3JnPg==?=",
                "Ana =?UTF-8?Q?=0D=0ABcc:_boss@evil.example?= Pérez",
                "x=?UTF-8?Q?=3Cevil@evil.example=3E?=y",
                "= ?UTF-8?Q?Mayor_=3Cmayor@cityofchicago.org=3E?=",
                "=\u200D?UTF-8?Q?Mayor_=3Cmayor@cityofchicago.org=3E?="
            })
    void typedEncodedWordsArriveAsTheLiteralTextTyped(String typed) throws Exception {
        MimeMessage message = sent(typed, typed, false, false);

        InternetAddress from = onlyFrom(message);
        assertThat(from.getAddress()).isEqualTo(SENDER_ADDRESS);
        assertThat(from.getPersonal()).isEqualTo(HeaderWords.cleanName(typed) + " via aldermail");
        assertThat(message.getSubject()).isEqualTo(typed);
        assertThat(message.getHeader("Bcc")).isNull();
        assertThat(message.getRecipients(Message.RecipientType.TO))
                .extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly(ALDER_EMAIL);
        assertThat(message.getRecipients(Message.RecipientType.CC)).isNull();
        assertThat(smtp.getReceivedMessages())
                .as("no other recipient was added")
                .hasSize(1);
    }

    @Test
    void aLetterWithoutACopyHasNoCcHeaderAndNoHeaderIsEmpty() throws Exception {
        MimeMessage message = sent("Ana Pérez", "Vote NO", false, false);

        assertThat(message.getHeader("Cc")).isNull();
        assertNoEmptyHeaders(message);
    }

    @Test
    void aLetterWithACopyHasOneCcToTheResident() throws Exception {
        sent("Ana Pérez", "Vote NO", true, false);

        MimeMessage message = smtp.getReceivedMessages()[0];
        assertThat(message.getHeader("Cc")).hasSize(1);
        assertThat(message.getRecipients(Message.RecipientType.CC))
                .extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly(RESIDENT_EMAIL);
        assertNoEmptyHeaders(message);
    }

    @Test
    void theConfirmationRequestHasNoCcHeaderNoEmptyHeaderAndNoTypedText() throws Exception {
        MimeMessage message = sent("NAME-MARKER =?UTF-8?Q?x?=", "SUBJECT-MARKER", true, true);

        assertThat(message.getRecipients(Message.RecipientType.TO))
                .extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly(RESIDENT_EMAIL);
        assertThat(message.getHeader("Cc")).isNull();
        assertThat(message.getHeader("Reply-To")).isNull();
        assertNoEmptyHeaders(message);
        assertThat(onlyFrom(message).getPersonal()).isEqualTo(SENDER);
        assertThat(message.getSubject() + message.getContent()).doesNotContain("MARKER", "Please vote");
    }

    private static void assertNoEmptyHeaders(MimeMessage message) throws MessagingException {
        List<Header> headers = Collections.list(message.getAllHeaders());
        List<String> empty = new ArrayList<>();
        for (Header header : headers) {
            if (Optional.ofNullable(header.getValue()).orElse("").isBlank()) {
                empty.add(header.getName());
            }
        }
        assertThat(empty).as("headers with no value").isEmpty();
    }
}
