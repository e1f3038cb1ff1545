package org.aldermail.privacy;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * What one run of the retention job erases.
 *
 * @param now             the job's time, from the injected clock
 * @param finalBefore     letters that became final (sent, failed, expired, handed over) before this moment
 * @param closedCampaigns campaigns closed before {@code finalBefore}: their letters are erased too, except those
 *                        still on their way to the alder (queued or being sent)
 */
public record Erasure(OffsetDateTime now, OffsetDateTime finalBefore, Set<String> closedCampaigns) {

    public Erasure {
        closedCampaigns = Set.copyOf(closedCampaigns);
    }
}
