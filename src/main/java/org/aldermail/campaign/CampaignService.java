package org.aldermail.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The campaigns as residents and organizers see them: listed open first, each with its text. */
@ApplicationScoped
public class CampaignService {

    private final CampaignRegistry registry;
    private final Clock clock;

    public CampaignService(CampaignRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** Open campaigns first (soonest deadline first, then by slug), then closed ones (by slug). */
    public List<CampaignSummary> summaries() {
        Instant now = clock.instant();
        return registry.all().stream()
                .sorted(listOrder(now))
                .map(c -> CampaignSummary.of(c, now))
                .toList();
    }

    public Optional<CampaignDetail> detail(String slug) {
        return registry.find(slug).map(c -> CampaignDetail.of(c, clock.instant()));
    }

    public Optional<Campaign> campaign(String slug) {
        return registry.find(slug);
    }

    /**
     * The campaign, if it takes letters now.
     *
     * @throws UnknownCampaignException no campaign has the slug
     * @throws CampaignClosedException  it is closed or past its closing time
     */
    public Campaign requireAcceptingLetters(String slug) {
        Campaign campaign = registry.find(slug).orElseThrow(() -> new UnknownCampaignException(slug));
        if (!acceptsLetters(campaign)) {
            throw new CampaignClosedException(slug);
        }
        return campaign;
    }

    /** Whether the campaign takes letters now: open, and not past its closing time. */
    public boolean acceptsLetters(Campaign campaign) {
        return campaign.acceptsLetters(clock.instant());
    }

    static Comparator<Campaign> listOrder(Instant now) {
        return Comparator.<Campaign, Boolean>comparing(c -> !c.acceptsLetters(now))
                .thenComparing(c -> c.acceptsLetters(now)
                        ? c.closesAt().map(ZonedDateTime::toInstant).orElse(Instant.MAX)
                        : Instant.MAX)
                .thenComparing(Campaign::slug);
    }
}
