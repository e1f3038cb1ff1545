package org.aldermail.geocode;

import io.quarkus.logging.Log;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Exact points for individual addresses, from an operator-supplied CSV with one point per address (for
 * example an export of Cook County's Address Points). Columns are found by name: the address in
 * {@code address}, {@code full_address} or {@code cmpaddabrv}; the point in {@code latitude}/{@code lat} and
 * {@code longitude}/{@code lon}/{@code long}. Each address is read with the same parser and street list as a
 * resident's input, so "1234 W Fullerton Ave" and "1234 WEST FULLERTON AVENUE" are the same key.
 */
public final class AddressPoints {

    private final Map<String, double[]> points;

    private AddressPoints(Map<String, double[]> points) {
        this.points = Map.copyOf(points);
    }

    public static AddressPoints none() {
        return new AddressPoints(Map.of());
    }

    static AddressPoints read(Path file, StreetMatcher matcher) {
        CsvRows csv = CsvRows.read(file);
        int address = csv.column("address", "full_address", "cmpaddabrv", "fulladdress");
        int lat = csv.column("latitude", "lat");
        int lon = csv.column("longitude", "lon", "long");
        Map<String, double[]> points = new HashMap<>();
        int skipped = 0;
        for (String[] row : csv.rows()) {
            try {
                MatchedAddress match = matcher.match(AddressParser.parse(CsvRows.cell(row, address)));
                if (match.corrected()) {
                    skipped++;
                    continue;
                }
                points.put(match.normalized(), new double[] {
                    Double.parseDouble(CsvRows.cell(row, lon)), Double.parseDouble(CsvRows.cell(row, lat))
                });
            } catch (GeocodeException | NumberFormatException e) {
                skipped++;
            }
        }
        Log.infof(
                "Address points %s: %d addresses, %d rows skipped (street not in the street list, or no point)",
                file, points.size(), skipped);
        return new AddressPoints(points);
    }

    Optional<double[]> find(MatchedAddress address) {
        return Optional.ofNullable(points.get(address.normalized()));
    }

    public int size() {
        return points.size();
    }
}
