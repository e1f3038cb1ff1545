package org.aldermail.admin;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;

@ApplicationScoped
class LoginFailureRepository implements PanacheRepository<LoginFailure> {

    /** When the subject's failures since {@code since} happened, oldest first. */
    List<OffsetDateTime> failuresSince(String subject, OffsetDateTime since) {
        return find(
                        "select failedAt from LoginFailure where subject = ?1 and failedAt > ?2 order by failedAt",
                        subject,
                        since)
                .project(OffsetDateTime.class)
                .list();
    }

    long deleteBefore(OffsetDateTime time) {
        return delete("failedAt < ?1", time);
    }
}
