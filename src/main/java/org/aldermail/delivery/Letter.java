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

    @Column(name = "resident_name", nullable = false, length = 100)
    String residentName;

    @Column(name = "resident_email", length = 254)
    String residentEmail;

    @Column(name = "street_address", nullable = false, length = 200)
    String streetAddress;

    @Column(nullable = false, length = 5)
    String language;

    @Column(nullable = false, length = 300)
    String subject;

    @Column(nullable = false, length = 20000)
    String body;

    @Column(nullable = false)
    boolean personalised;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    DeliveryMode mode;

    @Column(name = "cc_resident", nullable = false)
    boolean ccResident;

    @Column(nullable = false, length = 80)
    String source;

    @Column(name = "sender_name", nullable = false, length = 100)
    String senderName;

    @Column(name = "sender_address", nullable = false, length = 254)
    String senderAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    LetterStatus status;

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
}
