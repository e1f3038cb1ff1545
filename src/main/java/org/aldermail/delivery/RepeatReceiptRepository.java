package org.aldermail.delivery;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Repeat receipts; their state changes mirror a letter's (expiry, sending), as bulk UPDATEs. */
@ApplicationScoped
class RepeatReceiptRepository implements PanacheRepository<RepeatReceipt> {

    Optional<RepeatReceipt> findByPublicId(String publicId) {
        // Ids are UUIDs, as letters' are: anything else (a NUL, which PostgreSQL refuses as text) finds nothing.
        if (publicId == null || !LetterRepository.PUBLIC_ID.matcher(publicId).matches()) {
            return Optional.empty();
        }
        return find("publicId", publicId).firstResultOptional();
    }

    /** Expires what a real unconfirmed letter would expire at the same moment. */
    int expireUnconfirmedPast(OffsetDateTime now) {
        return update(
                "status = :expired where status = :pending and confirmExpiresAt < :now",
                Parameters.with("expired", LetterStatus.EXPIRED)
                        .and("pending", LetterStatus.PENDING_CONFIRMATION)
                        .and("now", now));
    }

    void settleQueued(long letterId, LetterStatus status, OffsetDateTime sentAt) {
        update(
                "status = :status, sentAt = :sentAt where letterId = :letter and status = :queued",
                Parameters.with("status", status)
                        .and("sentAt", sentAt)
                        .and("letter", letterId)
                        .and("queued", LetterStatus.QUEUED));
    }
}
