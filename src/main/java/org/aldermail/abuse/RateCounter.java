package org.aldermail.abuse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** How many requests one rate-limit bucket (one scope, one subject, one time window) has taken so far. */
@Entity
@Table(name = "rate_limit_counter")
class RateCounter {

    /** A keyed hash of scope, subject and window: no address, email or slug in clear. */
    @Id
    @Column(length = 64)
    String bucket;

    @Column(nullable = false)
    int hits;

    /** The end of the window: afterwards the row is only waiting to be cleaned up. */
    @Column(name = "expires_at", nullable = false)
    OffsetDateTime expiresAt;
}
