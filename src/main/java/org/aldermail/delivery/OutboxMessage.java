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

/** One mail waiting to go out; see V2__letters_and_outbox.sql for the claim protocol. */
@Entity
@Table(name = "outbox_message")
class OutboxMessage {

    enum Kind {
        CONFIRMATION,
        LETTER,
        /** To the owner of a letter that a later submission repeated (see {@link LetterIntake}). */
        REPEAT_NOTICE,
        /** An organizer's test message to an address (delivery health): no letter, only its campaign's sender. */
        TEST
    }

    enum Status {
        PENDING,
        SENDING,
        SENT,
        FAILED,
        /** Not sent on purpose: over the daily allowance of mail to a resident (see {@link MailAllowances}). */
        DROPPED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    /** Null for a {@link Kind#TEST} message. */
    @Column(name = "letter_id")
    Long letterId;

    /** The campaign of a {@link Kind#TEST} message; null for the others (their letter names it). */
    @Column(name = "campaign_slug", length = 80)
    String campaignSlug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    Kind kind;

    @Column(nullable = false, length = 254)
    String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    Status status;

    @Column(nullable = false)
    int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    OffsetDateTime nextAttemptAt;

    @Column(name = "claimed_by", length = 64)
    String claimedBy;

    @Column(name = "claimed_until")
    OffsetDateTime claimedUntil;

    @Column(name = "last_error", length = 500)
    String lastError;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    @Column(name = "sent_at")
    OffsetDateTime sentAt;
}
