package org.aldermail.delivery;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The mails aldermail writes itself (English; Spanish in messages/delivery_es.properties). */
@MessageBundle(value = "delivery", locale = "en")
public interface DeliveryMessages {

    @Message("Confirm your letter to {alderName}")
    String confirmation_subject(String alderName);

    @Message("""
            Hello {residentName},

            You asked for this letter to be sent in your name to {alderName}, alderperson of Ward {ward}. \
            It goes out only after you confirm, by opening this link:

            {confirmUrl}

            The link works once and expires in {expiryDays} days. If you did not ask for this letter, ignore \
            this email: nothing will be sent.

            ----------------------------------------------------------------
            Subject: {subject}

            {body}
            """)
    String confirmation_body(
            String residentName,
            String alderName,
            int ward,
            String confirmUrl,
            long expiryDays,
            String subject,
            String body);

    @Message("Confirm your letter")
    String confirm_title();

    @Message("Send this letter to {alderName}, Ward {ward}, in your name?")
    String confirm_question(String alderName, int ward);

    @Message("Subject: {subject}")
    String confirm_subject(String subject);

    @Message("Yes, send my letter")
    String confirm_button();

    @Message("Thank you. Your letter to {alderName} is on its way.")
    String confirm_done(String alderName);

    @Message("This letter was already confirmed. Nothing more to do.")
    String confirm_already();

    @Message("This confirmation link has expired, so the letter was not sent. You can write it again.")
    String confirm_expired();

    @Message("This confirmation link is not valid. It may be incomplete, or a newer email replaced it.")
    String confirm_unknown();

    /** The button was pressed on a page that was open too long, or the post came from another site. */
    @Message("This page was open too long, so nothing was sent. Please open the link in your email again.")
    String confirm_refused();

    /** Ends a letter body shortened to fit a compose link. */
    @Message("[The letter is shortened here to fit your mail app. Please paste the full text from the aldermail page.]")
    String link_shortened();

    @Message("{residentName} via {senderName}")
    String letter_from(String residentName, String senderName);
}
