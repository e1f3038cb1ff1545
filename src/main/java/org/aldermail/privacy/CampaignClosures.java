package org.aldermail.privacy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;

/** When campaigns closed without a closing time were first seen closed, kept in the database for every instance. */
@ApplicationScoped
class CampaignClosures implements PanacheRepositoryBase<CampaignClosure, String> {

    /**
     * When the campaign was first seen closed, recording {@code now} if this is the first time. Two instances that
     * record it at once: one insert fails on the primary key, and its caller reads the other's row next time.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    OffsetDateTime closedSince(String slug, OffsetDateTime now) {
        CampaignClosure closure = findById(slug);
        if (closure != null) {
            return closure.closedAt;
        }
        closure = new CampaignClosure();
        closure.campaignSlug = slug;
        closure.closedAt = now;
        persistAndFlush(closure);
        return now;
    }

    /** A campaign opened again: its retention period starts anew when it closes again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void reopened(String slug) {
        deleteById(slug);
    }
}
