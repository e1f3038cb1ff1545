package org.aldermail.geocode;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grid lines we know by name: State St (0 E/W) and Madison St (0 N/S), the section and half-section
 * streets listed in issue 3, and the south side's numbered streets, which sit at their number × 100 S
 * (63rd St = 6300 S). Everything else about the grid is learned from the street data (see {@link GridModel}).
 *
 * <p>Values are signed like x and y: east and north positive, west and south negative.
 */
final class GridAnchors {

    /** N/S streets: their east–west grid position. */
    static final Map<String, Integer> EAST_WEST = Map.ofEntries(
            Map.entry("STATE", 0),
            Map.entry("HALSTED", -800),
            Map.entry("RACINE", -1200),
            Map.entry("ASHLAND", -1600),
            Map.entry("DAMEN", -2000),
            Map.entry("WESTERN", -2400),
            Map.entry("CALIFORNIA", -2800),
            Map.entry("KEDZIE", -3200),
            Map.entry("CENTRAL PARK", -3600),
            Map.entry("PULASKI", -4000),
            Map.entry("KOSTNER", -4400),
            Map.entry("CICERO", -4800),
            Map.entry("LARAMIE", -5200),
            Map.entry("CENTRAL", -5600),
            Map.entry("AUSTIN", -6000),
            Map.entry("NARRAGANSETT", -6400),
            Map.entry("OAK PARK", -6800),
            Map.entry("HARLEM", -7200),
            Map.entry("COTTAGE GROVE", 800),
            Map.entry("WOODLAWN", 1200),
            Map.entry("STONY ISLAND", 1600),
            Map.entry("JEFFERY", 2000),
            Map.entry("YATES", 2400));

    /** E/W streets: their north–south grid position. */
    static final Map<String, Integer> NORTH_SOUTH = Map.ofEntries(
            Map.entry("MADISON", 0),
            Map.entry("CHICAGO", 800),
            Map.entry("DIVISION", 1200),
            Map.entry("NORTH", 1600),
            Map.entry("ARMITAGE", 2000),
            Map.entry("FULLERTON", 2400),
            Map.entry("DIVERSEY", 2800),
            Map.entry("BELMONT", 3200),
            Map.entry("ADDISON", 3600),
            Map.entry("IRVING PARK", 4000),
            Map.entry("MONTROSE", 4400),
            Map.entry("LAWRENCE", 4800),
            Map.entry("FOSTER", 5200),
            Map.entry("BRYN MAWR", 5600),
            Map.entry("PETERSON", 6000),
            Map.entry("DEVON", 6400),
            Map.entry("PRATT", 6800),
            Map.entry("TOUHY", 7200),
            Map.entry("HOWARD", 7600),
            Map.entry("HARRISON", -600),
            Map.entry("ROOSEVELT", -1200),
            Map.entry("CERMAK", -2200),
            Map.entry("PERSHING", -3900),
            Map.entry("GARFIELD", -5500));

    /** Drives, courts and places near a grid line are usually not on it (Fullerton Dr winds through a park). */
    private static final Set<String> GRID_LINE_SUFFIXES = Set.of("", "AVE", "ST", "RD", "BLVD", "PKWY");

    private static final Pattern NUMBERED = Pattern.compile("(\\d+)(ST|ND|RD|TH)");

    private GridAnchors() {}

    /** The grid position of the line this street runs along, when it is a known grid line. */
    static OptionalDouble valueOf(StreetName street) {
        if (!GRID_LINE_SUFFIXES.contains(street.suffix())) {
            return OptionalDouble.empty();
        }
        boolean runsNorthSouth = street.direction().axis() == 1;
        Integer known = (runsNorthSouth ? EAST_WEST : NORTH_SOUTH).get(street.name());
        if (known != null) {
            return OptionalDouble.of(known);
        }
        Matcher numbered = NUMBERED.matcher(street.name());
        if (!runsNorthSouth && street.suffix().equals("ST") && numbered.matches()) {
            return OptionalDouble.of(-100.0 * Integer.parseInt(numbered.group(1)));
        }
        return OptionalDouble.empty();
    }

    /** The named street on the south side's numbered grid line, for "55th Blvd" → Garfield Blvd. */
    static java.util.Optional<String> renamedNumberedStreet(int number) {
        return NORTH_SOUTH.entrySet().stream()
                .filter(e -> e.getValue() == -100 * number)
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
