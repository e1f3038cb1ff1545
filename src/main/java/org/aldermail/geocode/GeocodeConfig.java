package org.aldermail.geocode;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/** Where the address geocoder's data comes from, and the optional online second opinion. */
@ConfigMapping(prefix = "aldermail.geocode")
public interface GeocodeConfig {

    /**
     * The City's "Chicago Street Names" table (i6bp-fvbx) as CSV: every street with its direction, suffix
     * and lowest and highest house number. Without it (or the intersections), address lookups answer 503.
     */
    @WithDefault("data/chicago-street-names.csv")
    Path streetNamesFile();

    /** Named intersections with coordinates ({@code intersection,street_1,street_2,zipcode,longitude,latitude}). */
    @WithDefault("data/chicago-street-intersections.csv")
    Path intersectionsFile();

    /**
     * An address-points CSV (one point per address, e.g. from Cook County's Address Points); used when the
     * file exists, and an exact match wins over interpolation. Absent by default.
     */
    @WithDefault("data/chicago-address-points.csv")
    Path addressPointsFile();

    /**
     * The gazetteer of places off the street grid (O'Hare, Midway, Navy Pier, campuses, hospitals, named
     * buildings), committed with the code, each row with its source; without it those places are not found.
     */
    @WithDefault("data/places/chicago-places.csv")
    Path placesFile();

    /** The US Census Bureau geocoder, asked only about ambiguous or unresolved addresses. */
    Census census();

    interface Census {

        /** Off by default: when on, ambiguous and unresolved addresses are sent to the Census Bureau. */
        @WithDefault("false")
        boolean enabled();

        /** The geocoder's base URL (its {@code /geocoder/locations/onelineaddress} endpoint is used). */
        @WithDefault("https://geocoding.geo.census.gov")
        URI url();

        /** The address-range benchmark to match against; {@code Public_AR_Current} needs no key. */
        @WithDefault("Public_AR_Current")
        String benchmark();

        /** How long one request may take before the lookup answers from offline data alone. */
        @WithDefault("2s")
        Duration timeout();

        /** Requests in the circuit breaker's rolling window. */
        @WithDefault("10")
        int circuitRequests();

        /** Share of failed requests in the window that opens the circuit (no requests are sent while open). */
        @WithDefault("0.5")
        double circuitFailureRatio();

        /** How long the circuit stays open before one trial request. */
        @WithDefault("60s")
        Duration circuitDelay();
    }
}
