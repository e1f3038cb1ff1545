package org.aldermail.delivery;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The mails aldermail writes itself (English; Spanish in messages/delivery_es.properties). */
@MessageBundle(value = "delivery", locale = "en")
public interface DeliveryMessages {

    @Message("Confirm your letter to Ald. {alderName}")
    String confirmation_subject(String alderName);

    /**
     * Nothing a submitter typed appears here (not even the name): the mail goes to an address anyone may type, so
     * it must carry no message of theirs. The letter itself is shown on the confirmation page.
     */
    @Message("""
            Hello,

            Someone asked to send a letter in the name of this email address to Ald. {alderName} (Ward {ward}) \
            for the campaign "{campaign}".

            The letter goes out only if you confirm it. To read it and send it, open this link:

            {confirmUrl}

            The link expires in {expiryDays} days. If you did not ask for this letter, ignore this email: nothing \
            will be sent.
            """)
    String confirmation_body(String alderName, int ward, String campaign, String confirmUrl, long expiryDays);

    @Message("Your letter to Ald. {alderName}: someone tried to send it again")
    String repeat_subject(String alderName);

    /** To the address that already has a letter, when a submission repeats it; again nothing typed. */
    @Message("""
            Hello,

            Someone tried again to send a letter in the name of this email address to Ald. {alderName} \
            (Ward {ward}) for the campaign "{campaign}". This address already has a letter there, so nothing \
            else was sent.

            Your letter {status}.

            If this was you, there is nothing more to do. If it was not, you can ignore this email. We send this \
            notice at most once a day.
            """)
    String repeat_body(String alderName, int ward, String campaign, String status);

    @Message("is waiting for you to confirm it, by the link in the email we sent you")
    String repeat_status_pending();

    @Message("is on its way to your alderperson")
    String repeat_status_on_its_way();

    @Message("was sent to your alderperson")
    String repeat_status_sent();

    @Message("could not be delivered")
    String repeat_status_failed();

    @Message("expired without being confirmed")
    String repeat_status_expired();

    @Message("Confirm your letter")
    String confirm_title();

    @Message("Send this letter to {alderName}, Ward {ward}, in your name?")
    String confirm_question(String alderName, int ward);

    @Message("From: {name}")
    String confirm_from(String name);

    @Message("Subject: {subject}")
    String confirm_subject(String subject);

    @Message("The letter")
    String confirm_letter();

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

    /** An organizer's test message (delivery health): its subject. */
    @Message("Test message from the {title} campaign")
    String test_subject(String title);

    @Message("""
            This is a test message from aldermail, the letter-writing site of the {title} campaign.

            An organizer of the campaign sent it to check that mail from the campaign reaches this address. No \
            resident wrote it, and there is nothing to do: you may delete it.""")
    String test_body(String title);
}
