package org.aldermail.delivery;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Letters by status and the outbox backlog at {@code /q/metrics}. The numbers come from the database, not from
 * counters in this instance's memory, so they are right however many instances accept and send letters: each
 * instance reports the same totals (aggregate them with {@code max}, never {@code sum}). One count serves every
 * scrape for {@link DeliveryConfig#metricsMaxAge()}.
 */
@Startup
@ApplicationScoped
class DeliveryGauges {

    private final DeliveryTallies tallies;
    private final Duration maxAge;
    private final Clock clock;
    /** Null until the database first answers: a gauge then reads NaN (unknown), never a made-up zero. */
    private volatile Counted last;

    private record Counted(DeliveryTally tally, Instant at) {}

    private final MeterRegistry registry;
    private final List<Meter> meters = new ArrayList<>();

    DeliveryGauges(MeterRegistry registry, DeliveryTallies tallies, DeliveryConfig config, Clock clock) {
        this.registry = registry;
        this.tallies = tallies;
        this.maxAge = config.metricsMaxAge();
        this.clock = clock;
        for (LetterStatus status : LetterStatus.values()) {
            meters.add(Gauge.builder("aldermail.letters", this, g -> g.read(t -> t.letters(status)))
                    .description("Letters in the database by status, all campaigns")
                    .tag("status", status.apiName())
                    .strongReference(true)
                    .register(registry));
        }
        for (OutboxMessage.Kind kind : OutboxMessage.Kind.values()) {
            meters.add(Gauge.builder("aldermail.outbox.backlog", this, g -> g.read(t -> t.backlog(kind)))
                    .description("Mails waiting to go out or being sent, by kind")
                    .tag("kind", kind.name().toLowerCase(Locale.ROOT))
                    .strongReference(true)
                    .register(registry));
        }
        meters.add(Gauge.builder("aldermail.outbox.oldest.waiting", this, g -> g.read(g::oldestWaitingSeconds))
                .description("How long the longest-waiting mail of the backlog has waited (0 without a backlog)")
                .baseUnit("seconds")
                .strongReference(true)
                .register(registry));
    }

    /**
     * The registry may outlive this bean (Micrometer's global registry, when tests start several apps in one JVM): a
     * gauge left behind would read a stopped app, and the next app's registration would get it back instead of its own.
     */
    @PreDestroy
    void unregister() {
        meters.forEach(registry::remove);
    }

    private double read(ToDoubleFunction<DeliveryTally> value) {
        Counted counted = counted();
        return counted == null ? Double.NaN : value.applyAsDouble(counted.tally());
    }

    private double oldestWaitingSeconds(DeliveryTally tally) {
        return tally.oldestWaiting()
                .map(queued -> Math.max(
                                0,
                                Duration.between(queued.toInstant(), clock.instant())
                                        .toMillis())
                        / 1000.0)
                .orElse(0.0);
    }

    /** The last count while it is fresh; otherwise a new one. Scrapes that race may both count: harmless. */
    private Counted counted() {
        Counted counted = last;
        Instant now = clock.instant();
        if (counted != null && counted.at().plus(maxAge).isAfter(now)) {
            return counted;
        }
        try {
            counted = new Counted(tallies.now(), now);
            last = counted;
        } catch (RuntimeException e) {
            // The scrape goes on with the previous count, if any; the database's own health check says what is wrong.
            Log.warnf("Letter and outbox gauges could not be counted: %s", e.toString());
        }
        return counted;
    }
}
