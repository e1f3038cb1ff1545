package org.aldermail.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Stored answers to submissions made with an Idempotency-Key. */
@ApplicationScoped
@Transactional
class IdempotencyStore {

    /** A stored answer, replayed as it was first given. */
    record StoredResponse(String requestHash, int status, String body) {}

    private final EntityManager em;

    IdempotencyStore(EntityManager em) {
        this.em = em;
    }

    Optional<StoredResponse> find(String key) {
        return Optional.ofNullable(em.find(IdempotencyRecord.class, key))
                .map(r -> new StoredResponse(r.requestHash, r.responseStatus, r.responseBody));
    }

    /** Joins the caller's transaction, so the answer is stored with the letter or not at all. */
    void save(String key, String requestHash, int status, String body) {
        IdempotencyRecord record = new IdempotencyRecord();
        record.key = key;
        record.requestHash = requestHash;
        record.responseStatus = status;
        record.responseBody = body;
        record.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        em.persist(record);
        em.flush();
    }
}
