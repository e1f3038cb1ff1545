package org.aldermail.delivery;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential back-off with jitter, bounded by a number of attempts and a period. */
record RetrySchedule(Duration initialDelay, Duration maxDelay, int maxAttempts, Duration period) {

    static RetrySchedule of(DeliveryConfig config) {
        return new RetrySchedule(
                config.retryInitialDelay(), config.retryMaxDelay(), config.maxAttempts(), config.retryPeriod());
    }

    /**
     * When to try again after {@code attemptsSoFar} failed attempts (counting the one that just failed), or
     * empty when the mail should be given up.
     */
    Optional<OffsetDateTime> next(int attemptsSoFar, OffsetDateTime createdAt, OffsetDateTime now) {
        if (attemptsSoFar >= maxAttempts) {
            return Optional.empty();
        }
        double exponential = initialDelay.toMillis() * Math.pow(2, Math.max(0, attemptsSoFar - 1));
        double capped = Math.min(exponential, maxDelay.toMillis());
        double jittered = capped * (0.8 + 0.4 * ThreadLocalRandom.current().nextDouble());
        OffsetDateTime next = now.plus(Duration.ofMillis((long) jittered));
        return next.isAfter(createdAt.plus(period)) ? Optional.empty() : Optional.of(next);
    }
}
