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
    public Optional<PointLookup> lookup(double lat, double lon) {
        return directory.wardAt(lat, lon).map(number -> {
            double distance = directory
                    .index()
                    .nearestOtherWard(lon, lat)
                    .map(WardDistance::meters)
                    .orElse(Double.NaN);
            return new PointLookup(
                    ward(number).orElseThrow(), new PointLookup.Location(lat, lon), Math.round(distance * 10) / 10.0);
        });
    }
}
