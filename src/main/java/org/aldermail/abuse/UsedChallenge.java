package org.aldermail.abuse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A solved challenge, kept until it expires so that its solution cannot be used twice, on any instance. */
@Entity
@Table(name = "used_challenge")
class UsedChallenge {

    /** The challenge (SHA-256 hex). */
    @Id
    @Column(length = 64)
    String challenge;

    @Column(name = "expires_at", nullable = false)
    OffsetDateTime expiresAt;
}
