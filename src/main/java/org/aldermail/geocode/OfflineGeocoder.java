package org.aldermail.geocode;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.util.Optional;
import org.aldermail.ward.WardDirectory;

/**
 * The geocoder index, built once at startup from the street files and shared read-only by every request.
 * Missing street files disable address lookups (the data step treats them as optional); a file that is
 * present but broken stops the application with the reason.
 */
@Startup
@ApplicationScoped
public class OfflineGeocoder {

    private final Optional<Geocoder> geocoder;
    private final AmbiguityRule ambiguity;

    public OfflineGeocoder(GeocodeConfig config, WardDirectory wards) {
        ambiguity = new AmbiguityRule(wards.index(), ErrorModel.shipped());
        if (!Files.isRegularFile(config.streetNamesFile()) || !Files.isRegularFile(config.intersectionsFile())) {
            Log.warnf(
                    "Address lookups are off: %s or %s is missing (run the data step, data/fetch-data.sh)",
                    config.streetNamesFile(), config.intersectionsFile());
            geocoder = Optional.empty();
            return;
        }
        long started = System.nanoTime();
        Geocoder loaded = Geocoder.load(
                config.streetNamesFile(),
                config.intersectionsFile(),
                Optional.of(config.addressPointsFile()),
                Gazetteer.read(config.placesFile()));
        geocoder = Optional.of(loaded);
        Log.infof(
                "Geocoder: %d streets (%d placeable), %d address points, built in %d ms",
                loaded.catalog().size(),
                loaded.catalog().placeable(),
                loaded.addressPoints(),
                (System.nanoTime() - started) / 1_000_000);
    }

    public Optional<Geocoder> geocoder() {
        return geocoder;
    }

    public AmbiguityRule ambiguity() {
        return ambiguity;
    }
}
