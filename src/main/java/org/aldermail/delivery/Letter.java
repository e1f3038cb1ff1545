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
import org.aldermail.campaign.LetterInput;

/** A resident's letter to an alder; never leaves the delivery package (records carry it out). */
@Entity
@Table(name = "letter")
class Letter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "public_id", nullable = false, length = 36)
    String publicId;

    @Column(name = "campaign_slug", nullable = false, length = 80)
    String campaignSlug;

    @Column(nullable = false)
    int ward;

    @Column(name = "alder_name", nullable = false, length = 200)
    String alderName;

    @Column(name = "alder_email", nullable = false, length = 254)
    String alderEmail;

    @Column(name = "resident_name", nullable = false, length = LetterInput.MAX_NAME)
    String residentName;

    @Column(name = "resident_email", length = EmailAddress.MAX_LENGTH)
    String residentEmail;

    @Column(name = "street_address", nullable = false, length = LetterInput.MAX_ADDRESS)
    String streetAddress;

    @Column(nullable = false, length = 5)
    String language;

    @Column(nullable = false, length = LetterInput.MAX_LETTER_SUBJECT)
    String subject;

    @Column(nullable = false, length = LetterInput.MAX_LETTER)
    String body;

    @Column(nullable = false)
    boolean personalised;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    DeliveryMode mode;

    @Column(name = "cc_resident", nullable = false)
    boolean ccResident;

    @Column(nullable = false, length = Sources.MAX_LENGTH)
    String source;

    @Column(name = "sender_name", nullable = false, length = 100)
    String senderName;

    @Column(name = "sender_address", nullable = false, length = 254)
    String senderAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    LetterStatus status;

    /** Whom the letter counts for in the headline total: see {@link LetterCounts}. */
    @Column(name = "resident_key", nullable = false, length = 64)
    String residentKey;

    @Column(name = "dedupe_key", length = 64)
    String dedupeKey;

    @Column(name = "confirm_token_hash", length = 64)
    String confirmTokenHash;

    @Column(name = "confirm_expires_at")
    OffsetDateTime confirmExpiresAt;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    @Column(name = "confirmed_at")
    OffsetDateTime confirmedAt;

    @Column(name = "sent_at")
    OffsetDateTime sentAt;

    @Column(name = "failure_reason", length = 500)
    String failureReason;

    /** When the personal data was erased ({@link LetterErasure}); null while it is kept. */
    @Column(name = "erased_at")
    OffsetDateTime erasedAt;
}
