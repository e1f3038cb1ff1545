package org.aldermail.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The confirmation email a resident was sent, as the browser tests follow it. */
public final class ConfirmationMails {

    private static final Pattern CONFIRM_LINK = Pattern.compile("/letters/confirm/([A-Za-z0-9_-]{43})");

    private ConfirmationMails() {}

    /** The token of the one confirmation link mailed to {@code email}. */
    public static String token(MockMailbox mailbox, String email) {
        List<Mail> mails = mailbox.getMailsSentTo(email);
        assertThat(mails).hasSize(1);
        Matcher link = CONFIRM_LINK.matcher(mails.get(0).getText());
        assertThat(link.find()).as(mails.get(0).getText()).isTrue();
        return link.group(1);
    }
}
