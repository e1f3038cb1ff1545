package org.aldermail.ward;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ward map index and the alder roster, loaded and validated once at startup; a broken file stops
 * the application with the reason. Read-only afterwards, so every request thread shares it freely.
 */
@Startup
@ApplicationScoped
public class WardDirectory {

    static final List<Path> DEFAULT_ROSTERS =
            List.of(Path.of("data/chicago-alders.csv"), Path.of("data/ward-offices.json"));

    private final WardIndex index;
    private final List<WardShape> shapes;
    private final Map<Integer, Alder> alders;
    private final Path mapFile;
    private final Path rosterFile;

    public WardDirectory(WardConfig config) {
        long started = System.nanoTime();
        mapFile = config.mapFile();
        rosterFile = config.rosterFile().orElseGet(WardDirectory::firstExistingRoster);
        shapes = List.copyOf(WardMapReader.read(mapFile));
        index = WardIndex.build(shapes);
        alders = AlderRosterReader.read(rosterFile);
        Log.infof(
                "Ward map %s and roster %s loaded in %d ms",
                mapFile, rosterFile, (System.nanoTime() - started) / 1_000_000);
    }

    private static Path firstExistingRoster() {
        return DEFAULT_ROSTERS.stream()
                .filter(Files::isRegularFile)
                .findFirst()
                .orElseThrow(() -> new WardMapException(
                        "No alder roster: neither " + DEFAULT_ROSTERS.get(0) + " nor " + DEFAULT_ROSTERS.get(1)
                                + " exists; run the data step (data/fetch-data.sh) or set aldermail.ward.roster-file"));
    }

    /** Every ward's polygon as read from the map file (lon/lat), for drawing the map. */
    public List<WardShape> shapes() {
        return shapes;
    }

    public WardIndex index() {
        return index;
    }

    /** The ward covering a point, by the index's boundary rule. */
    public Optional<Integer> wardAt(double lat, double lon) {
        int ward = index.wardAt(lon, lat);
        return ward == 0 ? Optional.empty() : Optional.of(ward);
    }

    /** Metres to the nearest other ward, to a tenth of a metre (NaN when there is none). */
    public double boundaryDistanceMeters(Coordinates point) {
        double meters = index.nearestOtherWard(point.lon(), point.lat())
                .map(WardDistance::meters)
                .orElse(Double.NaN);
        return Math.round(meters * 10) / 10.0;
    }

    public Optional<Alder> alder(int ward) {
        return Optional.ofNullable(alders.get(ward));
    }

    public List<Alder> alders() {
        return alders.values().stream()
                .sorted((a, b) -> Integer.compare(a.ward(), b.ward()))
                .toList();
    }

    public Path mapFile() {
        return mapFile;
    }

    public Path rosterFile() {
        return rosterFile;
    }
}
