package org.aldermail.delivery;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Stored answers to submissions made with an Idempotency-Key, keyed by that key. */
@ApplicationScoped
@Transactional
class IdempotencyStore implements PanacheRepositoryBase<IdempotencyRecord, String> {

    /** A stored answer, replayed as it was first given. */
    record StoredResponse(String requestHash, int status, String body) {}

    private final Clock clock;

    IdempotencyStore(Clock clock) {
        this.clock = clock;
    }

    Optional<StoredResponse> find(String key) {
        return findByIdOptional(key).map(r -> new StoredResponse(r.requestHash, r.responseStatus, r.responseBody));
    }

    /**
     * Joins the caller's transaction, so the answer is stored with the letter or not at all. A second answer for
     * the same key fails on the primary key.
     */
    void save(String key, String requestHash, int status, String body) {
        IdempotencyRecord record = new IdempotencyRecord();
        record.key = key;
        record.requestHash = requestHash;
        record.responseStatus = status;
        record.responseBody = body;
        record.createdAt = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        persistAndFlush(record);
    }
}
