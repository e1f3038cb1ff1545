package org.aldermail.geocode;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the City's "Chicago Street Names" table (i6bp-fvbx): full name, direction, street, suffix, suffix
 * direction, min and max address. The roadway halves and bound lanes of a street (suffix direction N, S, E,
 * W, NB, SB, IB, OB, OP, …) are merged into the street; expressway ramps (suffix ER, XR) are not
 * addresses and are left out.
 */
final class StreetNamesReader {

    private static final Set<String> RAMPS = Set.of("ER", "XR");

    /** The addressable streets, and for every full name in the file the street it belongs to. */
    record StreetNames(Collection<Street> streets, Map<String, String> baseOfFullName) {}

    private StreetNamesReader() {}

    static StreetNames read(Path file) {
        CsvRows csv = CsvRows.read(file);
        int full = csv.column("full street name");
        int direction = csv.column("direction");
        int street = csv.column("street");
        int suffix = csv.column("suffix");
        int min = csv.column("min address");
        int max = csv.column("max address");
        Map<String, Street> streets = new LinkedHashMap<>();
        Map<String, String> baseOfFullName = new HashMap<>();
        int line = 1;
        for (String[] row : csv.rows()) {
            line++;
            Optional<Direction> dir = Direction.parse(CsvRows.cell(row, direction));
            String name = CsvRows.cell(row, street).replaceAll("\\s+", " ");
            String type = CsvRows.cell(row, suffix);
            if (dir.isEmpty() || name.isEmpty() || RAMPS.contains(type)) {
                continue;
            }
            int from;
            int to;
            try {
                from = Integer.parseInt(CsvRows.cell(row, min));
                to = Integer.parseInt(CsvRows.cell(row, max));
            } catch (NumberFormatException e) {
                throw new StreetDataException(file + ", line " + line + ": min/max address is not a number");
            }
            StreetName streetName = new StreetName(dir.get(), name, type);
            String key = streetName.display();
            baseOfFullName.put(CsvRows.cell(row, full).replaceAll("\\s+", " "), key);
            streets.merge(
                    key,
                    new Street(streetName, from, to),
                    (a, b) -> new Street(a.name(), Math.min(a.from(), b.from()), Math.max(a.to(), b.to())));
        }
        if (streets.isEmpty()) {
            throw new StreetDataException(file + " lists no streets");
        }
        return new StreetNames(List.copyOf(streets.values()), Map.copyOf(baseOfFullName));
    }
}
