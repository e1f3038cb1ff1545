package org.aldermail.stats;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aldermail.delivery.LetterCounts;
import org.aldermail.delivery.LetterStatus;
import org.aldermail.ward.WardService;
import org.aldermail.ward.WardView;

/**
 * Per-ward counts computed with GROUP BY over the letter rows themselves, never a stored counter, so the
 * numbers stay right however many instances accept letters at once. The total and the counts by source are
 * the {@linkplain LetterCounts counted letters}, the same the campaign page's counter shows.
 */
@ApplicationScoped
public class StatsService {

    private final LetterCounts letters;
    private final WardService wards;
    private final Clock clock;

    public StatsService(LetterCounts letters, WardService wards, Clock clock) {
        this.letters = letters;
        this.wards = wards;
        this.clock = clock;
    }

    private static final class Tally {
        long sent;
        long queued;
        long failed;
        long linkOpened;
        long selfReported;
        long personalised;
    }

    public CampaignStats forCampaign(String slug) {
        List<WardView> allWards = wards.wards();
        Map<Integer, Tally> tallies = new TreeMap<>();
        allWards.forEach(ward -> tallies.put(ward.number(), new Tally()));
        for (LetterCounts.ByStatus row : letters.byWardAndStatus(slug)) {
            Tally tally = tallies.get(row.ward());
            switch (row.status()) {
                case SENT -> tally.sent += row.count();
                case QUEUED, SENDING -> tally.queued += row.count();
                case FAILED -> tally.failed += row.count();
                default -> {}
            }
            if (row.personalised() && isOnItsWayOrHandedOver(row.status())) {
                tally.personalised += row.count();
            }
        }
        for (LetterCounts.ByReport row : letters.reportsByWard(slug)) {
            Tally tally = tallies.get(row.ward());
            if (row.selfReported()) {
                tally.selfReported += row.count();
            } else {
                tally.linkOpened += row.count();
            }
        }
        List<CampaignStats.WardCount> perWard = allWards.stream()
                .map(ward -> {
                    Tally t = tallies.get(ward.number());
                    return new CampaignStats.WardCount(
                            ward.number(),
                            ward.alder().name(),
                            t.sent,
                            t.queued,
                            t.failed,
                            t.linkOpened,
                            t.selfReported,
                            t.personalised);
                })
                .toList();
        List<LetterCounts.Counted> counted = letters.counted(slug);
        long total = counted.stream().mapToLong(LetterCounts.Counted::count).sum();
        Map<String, Long> bySource = new TreeMap<>();
        counted.forEach(row -> bySource.merge(row.source(), row.count(), Long::sum));
        return new CampaignStats(
                slug,
                total,
                letters.selfReportedOnly(slug),
                perWard,
                bySource,
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    /** Personalised letters include handed-over link letters: their text was written, if not (yet) sent. */
    private static boolean isOnItsWayOrHandedOver(LetterStatus status) {
        return switch (status) {
            case SENT, QUEUED, SENDING, HANDED_OVER -> true;
            default -> false;
        };
    }
}
