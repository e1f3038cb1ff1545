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
        long awaitingConfirmation;
        long counted;
        long failed;
        long linkOpened;
        long selfReported;
        long personalised;
    }

    public CampaignStats forCampaign(String slug) {
        List<WardTotals> perWard = wardTotals(slug);
        List<LetterCounts.Counted> counted = letters.counted(slug);
        long total = counted.stream().mapToLong(LetterCounts.Counted::count).sum();
        return new CampaignStats(
                slug,
                total,
                letters.selfReportedOnly(slug),
                perWard.stream()
                        .map(t -> new CampaignStats.WardCount(
                                t.ward(),
                                t.alder(),
                                t.sent(),
                                t.queued(),
                                t.failed(),
                                t.linkOpened(),
                                t.selfReported(),
                                t.personalised()))
                        .toList(),
                bySource(counted),
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    /** Every ward's counts for the campaign, ward 1 to 50, with the counted letters of each. */
    public List<WardTotals> wardTotals(String slug) {
        List<WardView> allWards = wards.wards();
        Map<Integer, Tally> tallies = new TreeMap<>();
        allWards.forEach(ward -> tallies.put(ward.number(), new Tally()));
        for (LetterCounts.ByStatus row : letters.byWardAndStatus(slug)) {
            Tally tally = tallies.get(row.ward());
            if (tally == null) {
                continue;
            }
            switch (row.status()) {
                case SENT -> tally.sent += row.count();
                case QUEUED, SENDING -> tally.queued += row.count();
                case FAILED -> tally.failed += row.count();
                case PENDING_CONFIRMATION -> tally.awaitingConfirmation += row.count();
                default -> {}
            }
            if (row.personalised() && isOnItsWayOrHandedOver(row.status())) {
                tally.personalised += row.count();
            }
        }
        for (LetterCounts.ByReport row : letters.reportsByWard(slug)) {
            Tally tally = tallies.get(row.ward());
            if (tally == null) {
                continue;
            }
            if (row.selfReported()) {
                tally.selfReported += row.count();
            } else {
                tally.linkOpened += row.count();
            }
        }
        for (LetterCounts.Counted row : letters.counted(slug)) {
            Tally tally = tallies.get(row.ward());
            if (tally != null) {
                tally.counted += row.count();
            }
        }
        return allWards.stream()
                .map(ward -> {
                    Tally t = tallies.get(ward.number());
                    return new WardTotals(
                            ward.number(),
                            ward.alder().name(),
                            ward.alder().email(),
                            t.counted,
                            t.sent,
                            t.queued,
                            t.awaitingConfirmation,
                            t.failed,
                            t.linkOpened,
                            t.selfReported,
                            t.personalised);
                })
                .toList();
    }

    /** The campaign's counted letters per source, sorted by source. */
    public Map<String, Long> bySource(String slug) {
        return bySource(letters.counted(slug));
    }

    private static Map<String, Long> bySource(List<LetterCounts.Counted> counted) {
        Map<String, Long> bySource = new TreeMap<>();
        counted.forEach(row -> bySource.merge(row.source(), row.count(), Long::sum));
        return bySource;
    }

    /** Personalised letters include handed-over link letters: their text was written, if not (yet) sent. */
    private static boolean isOnItsWayOrHandedOver(LetterStatus status) {
        return switch (status) {
            case SENT, QUEUED, SENDING, HANDED_OVER -> true;
            default -> false;
        };
    }
}
