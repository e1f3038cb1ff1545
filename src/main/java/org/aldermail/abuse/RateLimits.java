package org.aldermail.abuse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The rate limits of letters and "I sent it" reports, counted in the database so every instance shares them and a
 * restart forgets nothing. Each scope counts in fixed windows (the hour, or the UTC day) of its own: per client and
 * campaign, per resident email, per alder (ward), per campaign. An attempt takes one from every bucket it falls in,
 * in the transaction that stores what it is counted for, or from none: a refused attempt uses up nothing.
 */
@ApplicationScoped
public class RateLimits {

    /** At most this many rows for one per-alder or per-campaign bucket (see {@link #shared}). */
    static final int SHARDS = 16;
    /** A bucket is split only while each row keeps at least this much of the limit; small limits stay exact. */
    static final int MIN_PER_SHARD = 50;

    /** What is counted, and in which window. */
    public enum Scope {
        CLIENT(Duration.ofHours(1)),
        EMAIL(Duration.ofDays(1)),
        ALDER(Duration.ofHours(1)),
        CAMPAIGN(Duration.ofHours(1));

        private final Duration window;

        Scope(Duration window) {
            this.window = window;
        }

        public Duration window() {
            return window;
        }
    }

    /**
     * One letter or "I sent it" report about to be taken in.
     *
     * @param clientLimit the campaign's own per-client limit, if it sets one
     * @param email       the resident's email, canonical (letters that have one; reports count without)
     */
    public record Attempt(
            String campaign, Optional<Integer> clientLimit, ClientAddress client, Optional<String> email, int ward) {}

    private record Bucket(Scope scope, String key, int limit, Instant windowEnd) {}

    private final RateCounterRepository counters;
    private final ServerSecret secret;
    private final AbuseConfig config;
    private final Clock clock;

    RateLimits(RateCounterRepository counters, ServerSecret secret, AbuseConfig config, Clock clock) {
        this.counters = counters;
        this.secret = secret;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Counts the attempt against every limit it falls under, in the caller's transaction, so the attempt and what it
     * stores commit together: call it last in that transaction, as a bucket shared by many requests stays locked
     * from here to the commit.
     *
     * @throws RateLimited over one of them; the caller's transaction must roll back (a runtime exception does), so
     *     nothing is counted
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void count(Attempt attempt) {
        Instant now = clock.instant();
        List<Bucket> buckets = buckets(attempt, now);
        for (Bucket bucket : buckets) {
            if (bucket.limit() < 1) {
                throw new RateLimited(bucket.scope(), retryAfter(bucket, now));
            }
        }
        boolean[] taken = counters.takeOneEach(buckets.stream()
                .map(bucket -> new RateCounterRepository.Take(
                        bucket.key(), bucket.limit(), OffsetDateTime.ofInstant(bucket.windowEnd(), ZoneOffset.UTC)))
                .toList());
        for (int i = 0; i < taken.length; i++) {
            if (!taken[i]) {
                throw new RateLimited(buckets.get(i).scope(), retryAfter(buckets.get(i), now));
            }
        }
    }

    @Scheduled(every = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledCleanUp() {
        cleanUp();
    }

    /** Deletes the counters of windows that have ended; how many. */
    public long cleanUp() {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return QuarkusTransaction.requiringNew().call(() -> counters.deleteExpiredBefore(now));
    }

    private List<Bucket> buckets(Attempt attempt, Instant now) {
        List<Bucket> buckets = new ArrayList<>();
        int perClient = attempt.clientLimit().orElse(config.lettersPerClientPerHour());
        buckets.add(bucket(
                Scope.CLIENT, attempt.campaign() + "\n" + attempt.client().value(), perClient, now));
        attempt.email()
                .ifPresent(email -> buckets.add(bucket(Scope.EMAIL, email, config.lettersPerEmailPerDay(), now)));
        buckets.add(shared(Scope.ALDER, Integer.toString(attempt.ward()), config.lettersPerAlderPerHour(), now));
        buckets.add(shared(Scope.CAMPAIGN, attempt.campaign(), config.lettersPerCampaignPerHour(), now));
        return buckets;
    }

    /**
     * A bucket every letter of an alder or a campaign goes through, split into up to {@link #SHARDS} rows each holding
     * its share of the limit: one row would make every submission wait for the one before it to commit. A row chosen
     * at random may fill a little before the whole does; these high limits are ceilings against a flood, not exact
     * counts (a limit under twice {@link #MIN_PER_SHARD} stays one exact row).
     */
    private Bucket shared(Scope scope, String subject, int limit, Instant now) {
        int shards = Math.max(1, Math.min(SHARDS, limit / MIN_PER_SHARD));
        if (shards == 1) {
            return bucket(scope, subject, limit, now);
        }
        int shard = ThreadLocalRandom.current().nextInt(shards);
        return bucket(scope, subject + "\n" + shard, (limit + shards - 1) / shards, now);
    }

    private Bucket bucket(Scope scope, String subject, int limit, Instant now) {
        long window = scope.window().toSeconds();
        long start = Math.floorDiv(now.getEpochSecond(), window) * window;
        String key = secret.hmacHex("rate-limit", scope.name() + "\n" + subject + "\n" + start);
        return new Bucket(scope, key, limit, Instant.ofEpochSecond(start + window));
    }

    private static Duration retryAfter(Bucket bucket, Instant now) {
        Duration left = Duration.between(now, bucket.windowEnd());
        long seconds = left.toSeconds() + (left.toNanosPart() > 0 ? 1 : 0);
        return Duration.ofSeconds(Math.max(1, seconds));
    }
}
