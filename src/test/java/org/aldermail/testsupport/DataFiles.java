package org.aldermail.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The data/ files the data step fills, for tests. */
public final class DataFiles {

    public static final Path WARDS_2023 = Path.of("data/chicago-wards-2023.geojson");
    public static final Path WARDS_2015 = Path.of("data/chicago-wards-2015.geojson");
    public static final Path ALDERS_CSV = Path.of("data/chicago-alders.csv");
    public static final Path WARD_OFFICES_JSON = Path.of("data/ward-offices.json");
    public static final Path ADDRESS_SAMPLES = Path.of("data/chicago-address-samples.csv");
    public static final Path STREET_NAMES = Path.of("data/chicago-street-names.csv");
    public static final Path STREET_INTERSECTIONS = Path.of("data/chicago-street-intersections.csv");

    private static final Pattern WKT_POINT = Pattern.compile("POINT \\((\\S+) (\\S+)\\)");

    private DataFiles() {}

    /** A ward office from the City's Ward Offices records: its ward, address and location. */
    public record WardOffice(int ward, String address, double lon, double lat) {}

    public static List<WardOffice> wardOffices() {
        try {
            JsonNode records = new ObjectMapper().readTree(WARD_OFFICES_JSON.toFile());
            return java.util.stream.StreamSupport.stream(records.spliterator(), false)
                    .map(r -> {
                        Matcher point = WKT_POINT.matcher(r.path("location").asText());
                        if (!point.matches()) {
                            throw new IllegalStateException("No location in " + r);
                        }
                        return new WardOffice(
                                r.path("ward").asInt(),
                                r.path("address").asText(),
                                Double.parseDouble(point.group(1)),
                                Double.parseDouble(point.group(2)));
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
