package org.aldermail.delivery;

import java.time.OffsetDateTime;

/** A claimed outbox row with everything needed to compose its mail. */
record OutgoingMail(
        long outboxId,
        OutboxMessage.Kind kind,
        String recipient,
        int attempts,
        OffsetDateTime createdAt,
        long letterId,
        String letterPublicId,
        String campaignSlug,
        int ward,
        String alderName,
        String alderEmail,
        String residentName,
        String residentEmail,
        boolean ccResident,
        String senderName,
        String senderAddress,
        String language,
        String subject,
        String body,
        LetterStatus status) {

    static OutgoingMail of(OutboxMessage message, Letter letter) {
        return new OutgoingMail(
                message.id,
                message.kind,
                message.recipient,
                message.attempts,
                message.createdAt,
                letter.id,
                letter.publicId,
                letter.campaignSlug,
                letter.ward,
                letter.alderName,
                letter.alderEmail,
                letter.residentName,
                letter.residentEmail,
                letter.ccResident,
                letter.senderName,
                letter.senderAddress,
                letter.language,
                letter.subject,
                letter.body,
                letter.status);
    }
}
