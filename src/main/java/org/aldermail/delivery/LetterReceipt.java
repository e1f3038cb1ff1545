package org.aldermail.delivery;

import java.time.OffsetDateTime;

/** What the API tells a resident about their letter; no personal data beyond the alder's. */
public record LetterReceipt(
        String id,
        String campaign,
        LetterStatus status,
        DeliveryMode mode,
        int ward,
        String alder,
        OffsetDateTime createdAt,
        OffsetDateTime sentAt) {

    static LetterReceipt of(Letter letter) {
        return new LetterReceipt(
                letter.publicId,
                letter.campaignSlug,
                letter.status,
                letter.mode,
                letter.ward,
                letter.alderName,
                letter.createdAt,
                letter.sentAt);
    }
}
