package org.aldermail.geocode;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * Counts address lookups at {@code /q/metrics} as {@code aldermail_lookups_total{kind="address",outcome,reason}}:
 * resolved, ambiguous (two wards possible) or unresolved, with the kind of failure ({@link GeocodeException.Reason})
 * as the reason. Nothing of the address itself: labels are the fixed words of an enum.
 */
@ApplicationScoped
class LookupOutcomes {

    static final String METRIC = "aldermail.lookups";
    private static final String NO_REASON = "none";

    private final MeterRegistry registry;

    LookupOutcomes(MeterRegistry registry) {
        this.registry = registry;
    }

    void found(AddressLookup lookup) {
        count(lookup.ambiguous() ? "ambiguous" : "resolved", NO_REASON);
    }

    void failed(GeocodeException failure) {
        count("unresolved", failure.reason().name().toLowerCase(Locale.ROOT));
    }

    private void count(String outcome, String reason) {
        registry.counter(METRIC, "kind", "address", "outcome", outcome, "reason", reason)
                .increment();
    }
}
