package org.aldermail.abuse;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;

@ApplicationScoped
class RateCounterRepository implements PanacheRepositoryBase<RateCounter, String> {

    /**
     * Takes one from the bucket if it holds fewer than {@code limit}: one conditional UPDATE, so the row lock makes
     * concurrent requests (from any instance) count one after the other and never past the limit.
     *
     * @return 1 when taken, 0 when the bucket is full or does not exist yet
     */
    int takeOne(String bucket, int limit) {
        return update("hits = hits + 1 where bucket = ?1 and hits < ?2", bucket, limit);
    }

    long deleteExpiredBefore(OffsetDateTime time) {
        return delete("expiresAt < ?1", time);
    }
}
