package org.aldermail.abuse;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;

@ApplicationScoped
class UsedChallengeRepository implements PanacheRepositoryBase<UsedChallenge, String> {

    long forgetExpired(OffsetDateTime now) {
        return delete("expiresAt < ?1", now);
    }
}
