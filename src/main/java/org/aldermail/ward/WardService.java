package org.aldermail.ward;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Wards, their alders, and point → ward. */
@ApplicationScoped
public class WardService {

    private final WardDirectory directory;
    private final Counter pointsResolved;
    private final Counter pointsOutside;

    public WardService(WardDirectory directory, MeterRegistry registry) {
        this.directory = directory;
        // The same series as the address lookups of geocode.LookupOutcomes, kind="point": a point is never ambiguous.
        this.pointsResolved = pointLookups(registry, "resolved", "none");
        this.pointsOutside = pointLookups(registry, "unresolved", "outside_city");
    }

    private static Counter pointLookups(MeterRegistry registry, String outcome, String reason) {
        return registry.counter("aldermail.lookups", "kind", "point", "outcome", outcome, "reason", reason);
    }

    public List<WardView> wards() {
        return directory.alders().stream().map(WardView::of).toList();
    }

    public Optional<WardView> ward(int number) {
        return directory.alder(number).map(WardView::of);
    }

    /** Empty when the point is in no ward (outside the city or in one of its holes). */
    public Optional<PointLookup> lookup(Coordinates point) {
        return directory
                .wardAt(point.lat(), point.lon())
                .map(number ->
                        new PointLookup(ward(number).orElseThrow(), point, directory.boundaryDistanceMeters(point)));
    }

    /** The ward of a point, or why there is none. */
    public PointLookup require(Coordinates point) {
        Optional<PointLookup> found = lookup(point);
        (found.isPresent() ? pointsResolved : pointsOutside).increment();
        return found.orElseThrow(() -> new PointOutsideCity(point));
    }
}
