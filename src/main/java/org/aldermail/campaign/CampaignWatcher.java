package org.aldermail.campaign;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Picks up organizers' edits without a restart: every {@code aldermail.campaign.watch-interval} (default 5 s,
 * {@code off} to disable) the registry re-reads the campaign folders whose files changed. Reading a few small
 * files is cheap; no request ever waits for it.
 */
@ApplicationScoped
public class CampaignWatcher {

    private final CampaignRegistry registry;

    public CampaignWatcher(CampaignRegistry registry) {
        this.registry = registry;
    }

    @Scheduled(
            identity = "campaign-watcher",
            every = "${aldermail.campaign.watch-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        registry.refresh();
    }
}
