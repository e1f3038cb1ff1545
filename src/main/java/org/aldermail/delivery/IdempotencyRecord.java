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

    @Id
    @Column(name = "idempotency_key", length = 200)
    String key;

    @Column(name = "request_hash", nullable = false, length = 64)
    String requestHash;

    @Column(name = "response_status", nullable = false)
    int responseStatus;

    @Column(name = "response_body", nullable = false, length = 20000)
    String responseBody;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
}
