package org.aldermail.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * The receipt of a server-mode submission that repeated an existing letter: answered and tracked like a new letter,
 * though no second letter exists (see V6__mail_allowance_and_repeat_receipts.sql).
 */
@Entity
@Table(name = "repeat_receipt")
class RepeatReceipt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "public_id", nullable = false, length = 36)
    String publicId;

    /** The letter it repeated, whose owner was told. */
    @Column(name = "letter_id", nullable = false)
    Long letterId;

    @Column(name = "campaign_slug", nullable = false, length = 80)
    String campaignSlug;

    @Column(nullable = false)
    int ward;

    @Column(name = "alder_name", nullable = false, length = 200)
    String alderName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    LetterStatus status;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    @Column(name = "confirm_expires_at")
    OffsetDateTime confirmExpiresAt;

    @Column(name = "sent_at")
    OffsetDateTime sentAt;

    LetterReceipt receipt() {
        return new LetterReceipt(
                publicId, campaignSlug, status, DeliveryMode.SERVER, ward, alderName, createdAt, sentAt);
    }
}
