package org.aldermail.geocode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Places off the street grid that residents name or give a postal address for: O'Hare (whose terminals are
 * "11601 W Touhy Ave", 2 km from Touhy), Midway, Navy Pier, campuses, hospitals, named buildings. Read from
 * {@code data/places/chicago-places.csv} (committed, with a source per row); each place has one point, and a
 * test checks that the ward map puts it in the ward the file lists.
 */
public final class Gazetteer {

    /** A named place, its point and ward (as listed in the file; the ward map is the authority at lookup). */
    public record Place(String name, double lon, double lat, int ward) {}

    private record Address(int number, Optional<Direction> direction, List<String> words, Place place) {}

    private final Map<String, Place> byName;
    private final Map<Integer, List<Address>> byNumber;

    private Gazetteer(Map<String, Place> byName, Map<Integer, List<Address>> byNumber) {
        this.byName = Map.copyOf(byName);
        this.byNumber = Map.copyOf(byNumber);
    }

    public static Gazetteer none() {
        return new Gazetteer(Map.of(), Map.of());
    }

    /** Columns {@code name,aliases,addresses,latitude,longitude,ward,source}; aliases and addresses {@code |}-separated. */
    public static Gazetteer read(Path file) {
        if (!Files.isRegularFile(file)) {
            return none();
        }
        CsvRows csv = CsvRows.read(file);
        int name = csv.column("name");
        int aliases = csv.column("aliases");
        int addresses = csv.column("addresses");
        int lat = csv.column("latitude");
        int lon = csv.column("longitude");
        int ward = csv.column("ward");
        Map<String, Place> byName = new HashMap<>();
        Map<Integer, List<Address>> byNumber = new HashMap<>();
        for (String[] row : csv.rows()) {
            Place place;
            try {
                place = new Place(
                        CsvRows.cell(row, name),
                        Double.parseDouble(CsvRows.cell(row, lon)),
                        Double.parseDouble(CsvRows.cell(row, lat)),
                        Integer.parseInt(CsvRows.cell(row, ward)));
            } catch (NumberFormatException e) {
                throw new StreetDataException(
                        csv.file() + ": a place without a point or ward: " + String.join(",", row));
            }
            byName.put(key(place.name()), place);
            for (String alias : CsvRows.cell(row, aliases).split("\\|")) {
                if (!alias.isBlank()) {
                    byName.put(key(alias), place);
                }
            }
            for (String address : CsvRows.cell(row, addresses).split("\\|")) {
                if (!address.isBlank()) {
                    ParsedAddress parsed = AddressParser.parse(address);
                    byNumber.computeIfAbsent(parsed.number(), k -> new ArrayList<>())
                            .add(new Address(
                                    parsed.number(), parsed.direction(), nameWords(parsed.streetTokens()), place));
                }
            }
        }
        return new Gazetteer(byName, byNumber);
    }

    /** The place a resident named ("O'Hare", "Merchandise Mart"), ignoring case, punctuation and ", Chicago, IL". */
    public Optional<Place> named(String input) {
        return Optional.ofNullable(byName.get(key(input)));
    }

    /**
     * The place at a typed address ("11601 W Touhy Ave Terminal 5"): same number, same direction when both
     * have one, and the place's street words first among the typed ones (unit text may follow).
     */
    public Optional<Place> at(ParsedAddress address) {
        List<String> typed = nameWords(address.streetTokens());
        for (Address a : byNumber.getOrDefault(address.number(), List.of())) {
            boolean sameDirection = a.direction().isEmpty()
                    || address.direction().isEmpty()
                    || a.direction().equals(address.direction());
            if (sameDirection
                    && typed.size() >= a.words().size()
                    && typed.subList(0, a.words().size()).equals(a.words())) {
                return Optional.of(a.place());
            }
        }
        return Optional.empty();
    }

    /** The place at a matched address ("11601 W TOUHY AVE", after a typo was corrected). */
    public Optional<Place> at(MatchedAddress address) {
        return at(AddressParser.parse(address.normalized()));
    }

    public int size() {
        return (int) byName.values().stream().distinct().count();
    }

    /** Street words with suffixes in their canonical spelling (Avenue → AVE), compared without spaces. */
    private static List<String> nameWords(List<String> tokens) {
        return tokens.stream().map(t -> Suffixes.canonical(t).orElse(t)).toList();
    }

    private static String key(String text) {
        List<String> tokens = AddressParser.tokens(text);
        AddressParser.stripPlace(tokens);
        return StreetName.compact(String.join("", tokens));
    }
}
