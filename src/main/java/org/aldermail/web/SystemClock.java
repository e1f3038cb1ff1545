package org.aldermail.web;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The one source of "now" for every feature: services take an injected {@link Clock} instead of calling
 * {@code Instant.now()}, so tests can move time instead of waiting for it.
 */
public class SystemClock {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
