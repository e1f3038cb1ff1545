package org.aldermail.delivery;

import io.quarkus.mailer.Mail;
import java.util.Optional;

/**
 * A mail as {@link MailComposer} writes it, every field in plain text; {@link MailSender} encodes it for the wire.
 *
 * @param cc      a copy for the resident, when they asked for one
 * @param replyTo where replies go, when not to the sender
 */
record ComposedMail(
        String fromName,
        String fromAddress,
        String to,
        Optional<String> cc,
        Optional<String> replyTo,
        String subject,
        String text) {

    /** The same mail for the mock mailbox (dev, tests, the local run's /dev/mailbox), readable as it is. */
    Mail forMockMailbox() {
        Mail mail = Mail.withText(to, subject, text).setFrom(readableFrom());
        replyTo.ifPresent(mail::setReplyTo);
        cc.ifPresent(mail::addCc);
        return mail;
    }

    /** {@code Name <address>}, for people and logs; the wire form is {@link HeaderWords#mailbox}. */
    String readableFrom() {
        return HeaderWords.cleanName(fromName) + " <" + fromAddress + ">";
    }
}
