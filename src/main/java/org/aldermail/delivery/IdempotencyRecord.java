package org.aldermail.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The stored answer to a submission made with an Idempotency-Key. */
@Entity
@Table(name = "idempotency_record")
class IdempotencyRecord {

    /**
     * The longest stored answer: a link-mode answer holds the letter twice ({@code body} and {@code fullText}, each up
     * to {@link org.aldermail.campaign.LetterInput#MAX_LETTER}), JSON escaping can double that, plus three links.
     */
    static final int MAX_ANSWER = 1_000_000;

    @Id
    @Column(name = "idempotency_key", length = CampaignLetterResource.MAX_IDEMPOTENCY_KEY)
    String key;

    @Column(name = "request_hash", nullable = false, length = 64)
    String requestHash;

    @Column(name = "response_status", nullable = false)
    int responseStatus;

    @Column(name = "response_body", nullable = false, length = MAX_ANSWER)
    String responseBody;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
}
