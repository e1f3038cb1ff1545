package org.aldermail.ward;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Wards, their alders, and point → ward. */
@ApplicationScoped
public class WardService {

    private final WardDirectory directory;

    public WardService(WardDirectory directory) {
        this.directory = directory;
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
        return lookup(point).orElseThrow(() -> new PointOutsideCity(point));
    }
}
