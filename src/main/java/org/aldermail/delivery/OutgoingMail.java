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
        if (letter == null) {
            return testMessage(message);
        }
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

    /** An organizer's test message: only the recipient and the campaign are known; the composer adds the rest. */
    private static OutgoingMail testMessage(OutboxMessage message) {
        return new OutgoingMail(
                message.id,
                message.kind,
                message.recipient,
                message.attempts,
                message.createdAt,
                0,
                null,
                message.campaignSlug,
                0,
                null,
                message.recipient,
                null,
                null,
                false,
                null,
                null,
                "en",
                null,
                null,
                null);
    }
}
