package org.aldermail.stats;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Public counts for one campaign: no personal data, only numbers per ward and per source.
 *
 * @param total            the {@linkplain org.aldermail.delivery.LetterCounts counted letters}: server letters sent
 *                         and link letters whose mail link was opened, each resident (email, or client without
 *                         one) once
 * @param selfReportedOnly residents who only said "I sent it" (no counted letter): shown apart from the total
 * @param bySource         the counted letters per source, sorted by source
 */
public record CampaignStats(
        String campaign,
        long total,
        long selfReportedOnly,
        List<WardCount> wards,
        Map<String, Long> bySource,
        OffsetDateTime updatedAt) {

    /**
     * @param queued       server letters confirmed and waiting in the outbox (or being sent)
     * @param personalised letters, sent, on their way or handed over to the resident's mail app, that carry the
     *                     resident's own sentence or edits
     */
    public record WardCount(
            int ward,
            String alder,
            long sent,
            long queued,
            long failed,
            long linkOpened,
            long selfReported,
            long personalised) {}
}
