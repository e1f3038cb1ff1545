package org.aldermail.abuse;

import java.time.Duration;

/** Over a rate limit: nothing was counted or stored; the same request succeeds after {@code retryAfter}. */
public class RateLimited extends RuntimeException {

    private final RateLimits.Scope scope;
    private final Duration retryAfter;

    RateLimited(RateLimits.Scope scope, Duration retryAfter) {
        super("Over the " + scope + " rate limit; retry after " + retryAfter.toSeconds() + " s", null, false, false);
        this.scope = scope;
        this.retryAfter = retryAfter;
    }

    public RateLimits.Scope scope() {
        return scope;
    }

    /** At least a second. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
