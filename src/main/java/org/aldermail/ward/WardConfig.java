package org.aldermail.ward;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** Where the ward map and the alder roster come from. */
@ConfigMapping(prefix = "aldermail.ward")
public interface WardConfig {

    /** The ward map in force: a GeoJSON FeatureCollection with {@code properties.ward} 1..50, in lon/lat. */
    @WithDefault("data/chicago-wards-2023.geojson")
    Path mapFile();

    /**
     * The alder roster: our CSV or the City's Ward Offices JSON (by extension). When unset, the first
     * of {@code data/chicago-alders.csv} and {@code data/ward-offices.json} that exists.
     */
    Optional<Path> rosterFile();
}
