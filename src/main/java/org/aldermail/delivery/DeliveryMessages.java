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
    String confirmation_body(String residentName, String alderName, int ward, String confirmUrl, long expiryDays,
            String subject, String body);

    @Message("{residentName} via {senderName}")
    String letter_from(String residentName, String senderName);
}
