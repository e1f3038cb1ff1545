package org.aldermail.localmail;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the local mailbox pages (English; Spanish in messages/localmail_es.properties). */
@MessageBundle(value = "localmail", locale = "en")
public interface LocalMailMessages {

    @Message("Local mailbox")
    String title();

    @Message("The mails aldermail sent since it started, newest first. None of them left this computer: "
            + "the local run keeps them here instead of handing them to a mail server. "
            + "In production aldermail sends them by SMTP, and this page does not exist.")
    String intro();

    @Message("No mail yet. Write a letter and choose “Send it for me”: the confirmation email appears here "
            + "a few seconds later. Reload this page to see it.")
    String empty();

    @Message("Sent")
    String sent();

    @Message("From")
    String from();

    @Message("To")
    String to();

    @Message("Cc")
    String cc();

    @Message("Reply-To")
    String reply_to();

    @Message("Subject")
    String subject();

    @Message("Mails sent")
    String list_caption();

    @Message("All mails")
    String back();
}
