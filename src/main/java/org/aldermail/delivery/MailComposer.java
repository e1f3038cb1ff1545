package org.aldermail.delivery;

import io.quarkus.mailer.Mail;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.aldermail.web.WebConfig;

/**
 * Turns outbox rows into mails. The letter's From is the campaign's own address (so it passes the
 * campaign domain's DMARC) with the resident's name in the display name; replies go to the resident.
 */
@ApplicationScoped
class MailComposer {

    private final DeliveryConfig config;
    private final WebConfig web;

    MailComposer(DeliveryConfig config, WebConfig web) {
        this.config = config;
        this.web = web;
    }

    Mail letter(OutgoingMail mail) {
        String from = mailbox(
                messages(mail.language()).letter_from(mail.residentName(), mail.senderName()), mail.senderAddress());
        Mail letter = Mail.withText(mail.alderEmail(), mail.subject(), mail.body())
                .setFrom(from)
                .setReplyTo(mail.residentEmail());
        if (mail.ccResident() && mail.residentEmail() != null) {
            letter.addCc(mail.residentEmail());
        }
        return letter;
    }

    Mail confirmationRequest(OutgoingMail mail, String token) {
        DeliveryMessages messages = messages(mail.language());
        String confirmUrl = web.publicUrl().resolve("/letters/confirm/" + token).toString();
        return Mail.withText(
                        mail.residentEmail(),
                        messages.confirmation_subject(mail.alderName()),
                        messages.confirmation_body(
                                mail.residentName(),
                                mail.alderName(),
                                mail.ward(),
                                confirmUrl,
                                config.confirmationExpiry().toDays(),
                                mail.subject(),
                                mail.body()))
                .setFrom(mailbox(mail.senderName(), mail.senderAddress()));
    }

    /**
     * {@code "Display Name" <address>}. The mail library encodes a non-ASCII display name itself (RFC 2047,
     * which also protects commas and colons), but passes an ASCII one through as it is, so that one is quoted
     * here: "Smith, John" must stay one mailbox. Quotes, backslashes and angle brackets are dropped rather than
     * escaped, because clients disagree on escapes; control characters never get this far (the API rejects them).
     */
    static String mailbox(String displayName, String address) {
        String cleaned = displayName.replaceAll("[\"\\\\<>]", "").strip();
        boolean ascii = cleaned.chars().allMatch(c -> c < 128);
        return (ascii ? "\"" + cleaned + "\"" : cleaned) + " <" + address + ">";
    }

    private static DeliveryMessages messages(String language) {
        return MessageBundles.get(DeliveryMessages.class, Localized.Literal.of(language.toLowerCase(Locale.ROOT)));
    }
}
