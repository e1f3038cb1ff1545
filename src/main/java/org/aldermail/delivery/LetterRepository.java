package org.aldermail.delivery;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The letter rows. State changes that may race (confirming, expiring) are conditional UPDATEs returning how
 * many rows they changed, so exactly one of two racing callers sees 1.
 */
@ApplicationScoped
class LetterRepository implements PanacheRepository<Letter> {

    static final Pattern PUBLIC_ID = Pattern.compile("[0-9a-fA-F-]{36}");

    /**
     * Empty for anything but a UUID without asking the database: an id comes from a URL or a form, and PostgreSQL
     * refuses some strings outright (a NUL character fails the query instead of matching nothing).
     */
    Optional<Letter> findByPublicId(String publicId) {
        if (publicId == null || !PUBLIC_ID.matcher(publicId).matches()) {
            return Optional.empty();
        }
        return find("publicId", publicId).firstResultOptional();
    }

    Optional<Letter> findByDedupeKey(String dedupeKey) {
        return find("dedupeKey", dedupeKey).firstResultOptional();
    }

    Optional<Letter> findByConfirmTokenHash(String tokenHash) {
        return find("confirmTokenHash", tokenHash).firstResultOptional();
    }

    List<Letter> listUnconfirmedPast(OffsetDateTime now) {
        return list(
                "status = :pending and confirmExpiresAt < :now",
                Parameters.with("pending", LetterStatus.PENDING_CONFIRMATION).and("now", now));
    }

    /** Queues the letter if it still waits for a confirmation that has not expired; 1 if this call did it. */
    int queueIfConfirmable(long id, OffsetDateTime now) {
        return update(
                "status = :queued, confirmedAt = :now"
                        + " where id = :id and status = :pending and confirmExpiresAt >= :now",
                Parameters.with("queued", LetterStatus.QUEUED)
                        .and("pending", LetterStatus.PENDING_CONFIRMATION)
                        .and("now", now)
                        .and("id", id));
    }

    /**
     * Expires the letter if it still waits for confirmation, freeing its dedupe key and token; 1 if this call
     * did it.
     */
    int expireIfUnconfirmed(long id) {
        return update(
                "status = :expired, dedupeKey = null, confirmTokenHash = null where id = :id and status = :pending",
                Parameters.with("expired", LetterStatus.EXPIRED)
                        .and("pending", LetterStatus.PENDING_CONFIRMATION)
                        .and("id", id));
    }

    /** Bulk UPDATEs bypass the loaded entity; this reads the row as it is now. */
    void reload(Letter letter) {
        getEntityManager().refresh(letter);
    }
}
