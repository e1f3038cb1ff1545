package org.aldermail.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * When the retention job first saw a campaign closed that says {@code status: closed} without a closing time: the
 * retention period of its letters runs from then.
 */
@Entity
@Table(name = "campaign_closure")
class CampaignClosure {

    @Id
    @Column(name = "campaign_slug", length = 80)
    String campaignSlug;

    @Column(name = "closed_at", nullable = false)
    OffsetDateTime closedAt;
}
