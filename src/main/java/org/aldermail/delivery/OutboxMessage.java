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
        REPEAT_NOTICE
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

    @Column(name = "letter_id", nullable = false)
    Long letterId;

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
