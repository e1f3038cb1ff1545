package org.aldermail.privacy;

import io.quarkus.arc.All;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aldermail.campaign.Campaign;
import org.aldermail.campaign.CampaignRegistry;

/**
 * Erases residents' personal data {@link PrivacyConfig#retention()} after their letter is final or its campaign
 * closed, keeping the anonymous counts per ward. Each feature that keeps personal data erases its own rows
 * ({@link PersonalData}); every step is a conditional statement, so instances running it at once do no harm.
 */
@ApplicationScoped
public class RetentionJob {

    private final PrivacyConfig config;
    private final Clock clock;
    private final CampaignRegistry campaigns;
    private final CampaignClosures closures;
    private final List<PersonalData> personalData;

    RetentionJob(
            PrivacyConfig config,
            Clock clock,
            CampaignRegistry campaigns,
            CampaignClosures closures,
            @All List<PersonalData> personalData) {
        this.config = config;
        this.clock = clock;
        this.campaigns = campaigns;
        this.closures = closures;
        this.personalData = personalData;
    }

    @Scheduled(
            every = "${aldermail.privacy.erase-interval:1h}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = EraserDisabled.class)
    void tick() {
        eraseDue();
    }

    /** Erases everything past its retention now; returns how many rows changed. */
    public int eraseDue() {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        OffsetDateTime finalBefore = now.minus(config.retention());
        Erasure erasure = new Erasure(now, finalBefore, closedBefore(finalBefore, now));
        int erased = personalData.stream().mapToInt(data -> data.erase(erasure)).sum();
        if (erased > 0) {
            Log.infof("Erased the personal data of %d rows past their retention (%s)", erased, config.retention());
        }
        return erased;
    }

    /** Campaigns that closed before the moment: by their closing time, or when first seen closed without one. */
    private Set<String> closedBefore(OffsetDateTime moment, OffsetDateTime now) {
        Set<String> closed = new HashSet<>();
        for (Campaign campaign : campaigns.all()) {
            closedAt(campaign, now).filter(at -> at.isBefore(moment)).ifPresent(at -> closed.add(campaign.slug()));
        }
        return closed;
    }

    private Optional<OffsetDateTime> closedAt(Campaign campaign, OffsetDateTime now) {
        Optional<OffsetDateTime> deadline =
                campaign.closesAt().map(closes -> closes.toOffsetDateTime()).filter(closes -> !closes.isAfter(now));
        if (deadline.isPresent()) {
            return deadline;
        }
        if (campaign.status() == Campaign.Status.CLOSED) {
            try {
                return Optional.of(closures.closedSince(campaign.slug(), now));
            } catch (RuntimeException raced) {
                // Another instance recorded it at the same moment; its row is read on the next run.
                return Optional.empty();
            }
        }
        closures.reopened(campaign.slug());
        return Optional.empty();
    }

    @Singleton
    static class EraserDisabled implements Scheduled.SkipPredicate {

        private final PrivacyConfig config;

        EraserDisabled(PrivacyConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.eraserEnabled();
        }
    }
}
