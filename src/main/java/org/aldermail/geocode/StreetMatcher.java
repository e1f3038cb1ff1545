package org.aldermail.geocode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the street of a parsed address:
 * <ol>
 * <li>the longest run of tokens after the direction that names a street (with or without a suffix) is the
 * street; what follows is unit text ("2821 W DIVERSEY AVE G");</li>
 * <li>no such run: the name is compared with all names allowing one or two wrong letters; a single nearest
 * street is taken as a correction, several are returned as suggestions;</li>
 * <li>a missing direction is inferred when one direction of the street has the number; a suffix that does
 * not have the number gives way to one that does (Jeffery Blvd → Jeffery Ave at 9500 S);</li>
 * <li>a number outside every variant's range is an error of its own.</li>
 * </ol>
 */
public final class StreetMatcher {

    private static final int MAX_SUGGESTIONS = 5;
    private static final Pattern NUMBERED = Pattern.compile("(\\d+)(ST|ND|RD|TH)");

    private final StreetCatalog catalog;

    public StreetMatcher(StreetCatalog catalog) {
        this.catalog = catalog;
    }

    /** The name tokens and suffix of one reading of the street tokens. */
    private record Reading(String compactName, Optional<String> suffix, String typed) {}

    /**
     * Readings are tried in order, and the first that names a street having the number wins: the tokens
     * as typed; the direction word given back to the name ("1600 North Ave", "1234 North Shore Ave"); the
     * longest name allowing typos ("900 N Lake Shoqe Dr", where "Lake" alone is a street). When none
     * resolves, the first reading's error is the answer.
     */
    public MatchedAddress match(ParsedAddress address) {
        int number = address.number();
        List<String> tokens = address.streetTokens();
        List<String> withWord = new ArrayList<>();
        address.directionToken().ifPresent(withWord::add);
        withWord.addAll(tokens);
        GeocodeException first = null;
        Optional<Reading> exact = exactReading(tokens);
        if (exact.isPresent()) {
            try {
                return resolve(number, address.direction(), exact.get(), false);
            } catch (GeocodeException e) {
                first = e;
            }
        }
        if (address.directionToken().isPresent()) {
            Optional<Reading> asName = exactReading(withWord);
            if (asName.isPresent()) {
                try {
                    return resolve(number, Optional.empty(), asName.get(), false);
                } catch (GeocodeException e) {
                    first = first == null ? e : first;
                }
            }
        }
        Reading typed = fuzzyInput(tokens);
        if (typed.compactName().isEmpty()) {
            throw first != null
                    ? first
                    : new GeocodeException(
                            new AddressFailure.Unparseable(AddressFailure.Unparseable.Hint.STREET_MISSING));
        }
        if (first != null && exact.get().compactName().equals(typed.compactName())) {
            // A real street name with a number it does not have: say so, and name the near streets that have it.
            throw withSuggestions(first, typed, address.direction(), number);
        }
        try {
            return corrected(number, address.direction(), typed);
        } catch (GeocodeException e) {
            throw first != null ? first : e;
        }
    }

    private GeocodeException withSuggestions(
            GeocodeException error, Reading typed, Optional<Direction> direction, int number) {
        if (!(error.failure() instanceof AddressFailure.NumberOutOfRange outOfRange)) {
            return error;
        }
        int allowed = Typos.allowed(typed.compactName());
        List<String> near = allowed == 0
                ? List.of()
                : catalog.similarNames(typed.compactName(), allowed).stream()
                        .filter(name -> !name.equals(typed.compactName())
                                && catalog.named(name).stream()
                                        .anyMatch(s -> s.covers(number)
                                                && direction
                                                        .map(d -> s.name().direction() == d)
                                                        .orElse(true)))
                        .toList();
        List<String> suggestions = suggestions(near, direction, number);
        if (suggestions.isEmpty()) {
            return error;
        }
        return new GeocodeException(new AddressFailure.NumberOutOfRange(
                outOfRange.number(), outOfRange.street(), outOfRange.ranges(), suggestions));
    }

    private Optional<Reading> exactReading(List<String> tokens) {
        for (int k = tokens.size(); k >= 1; k--) {
            List<String> words = tokens.subList(0, k);
            Optional<String> suffix = k >= 2 ? Suffixes.canonical(words.get(k - 1)) : Optional.empty();
            if (suffix.isPresent()) {
                String name = StreetName.compact(String.join("", words.subList(0, k - 1)));
                if (!catalog.named(name).isEmpty()) {
                    return Optional.of(new Reading(name, suffix, String.join(" ", words)));
                }
            }
            String name = StreetName.compact(String.join("", words));
            if (!catalog.named(name).isEmpty()) {
                return Optional.of(new Reading(name, Optional.empty(), String.join(" ", words)));
            }
        }
        return Optional.empty();
    }

    /** The tokens most likely to be the (mistyped) name: up to the last suffix word, else up to unit-like text. */
    private static Reading fuzzyInput(List<String> tokens) {
        int end = tokens.size();
        Optional<String> suffix = Optional.empty();
        for (int k = tokens.size() - 1; k >= 1; k--) {
            Optional<String> s = Suffixes.canonical(tokens.get(k));
            if (s.isPresent()) {
                end = k;
                suffix = s;
                break;
            }
        }
        if (suffix.isEmpty()) {
            for (int k = 1; k < tokens.size(); k++) {
                if (tokens.get(k).chars().anyMatch(Character::isDigit)
                        || tokens.get(k).length() == 1) {
                    end = k;
                    break;
                }
            }
        }
        List<String> words = tokens.subList(0, end);
        return new Reading(StreetName.compact(String.join("", words)), suffix, String.join(" ", words));
    }

    private MatchedAddress corrected(int number, Optional<Direction> direction, Reading typed) {
        int allowed = Typos.allowed(typed.compactName());
        List<String> near = allowed == 0 ? List.of() : catalog.similarNames(typed.compactName(), allowed);
        // Only names that have this number (in the typed direction) can be what was meant.
        List<String> fitting = near.stream()
                .filter(name -> catalog.named(name).stream()
                        .anyMatch(s -> s.covers(number)
                                && direction.map(d -> s.name().direction() == d).orElse(true)))
                .toList();
        if (!fitting.isEmpty()) {
            int best = Typos.distance(typed.compactName(), fitting.get(0), allowed);
            List<String> tied = fitting.stream()
                    .filter(name -> Typos.distance(typed.compactName(), name, allowed) == best)
                    .toList();
            List<String> bySuffix = typed.suffix().isEmpty()
                    ? tied
                    : tied.stream()
                            .filter(name -> catalog.named(name).stream()
                                    .anyMatch(s -> s.name()
                                            .suffix()
                                            .equals(typed.suffix().get())))
                            .toList();
            List<String> chosen = bySuffix.size() == 1 ? bySuffix : tied;
            if (chosen.size() == 1) {
                MatchedAddress match =
                        resolve(number, direction, new Reading(chosen.get(0), typed.suffix(), typed.typed()), true);
                return match;
            }
        }
        List<String> suggestions = suggestions(
                near.isEmpty() ? catalog.similarNames(typed.compactName(), Math.max(2, allowed + 1)) : near,
                direction,
                number);
        throw new GeocodeException(new AddressFailure.StreetNotFound(typed.typed(), suggestions));
    }

    private List<String> suggestions(List<String> names, Optional<Direction> direction, int number) {
        List<Street> streets = new ArrayList<>();
        for (String name : names) {
            catalog.named(name).stream()
                    .filter(s -> direction.map(d -> s.name().direction() == d).orElse(true))
                    .sorted(Comparator.comparing((Street s) -> !s.covers(number))
                            .thenComparing(s -> -catalog.importance(s)))
                    .forEach(streets::add);
        }
        return streets.stream()
                .map(Street::display)
                .distinct()
                .limit(MAX_SUGGESTIONS)
                .toList();
    }

    private MatchedAddress resolve(int number, Optional<Direction> direction, Reading reading, boolean corrected) {
        List<Street> named = catalog.named(reading.compactName());
        List<Street> inDirection = direction
                .map(d -> named.stream().filter(s -> s.name().direction() == d).toList())
                .orElse(named);
        if (inDirection.isEmpty()) {
            List<Street> sameSuffix = reading.suffix()
                    .map(sfx -> named.stream()
                            .filter(s -> s.name().suffix().equals(sfx))
                            .toList())
                    .orElse(List.of());
            List<String> others = (sameSuffix.isEmpty() ? named : sameSuffix)
                    .stream()
                            .sorted(Comparator.comparing((Street s) -> !s.covers(number))
                                    .thenComparing(s -> -catalog.importance(s)))
                            .map(Street::display)
                            .distinct()
                            .limit(MAX_SUGGESTIONS)
                            .toList();
            throw new GeocodeException(
                    new AddressFailure.StreetNotFound(direction.get() + " " + reading.typed(), others));
        }
        List<Street> sameSuffix = reading.suffix()
                .map(sfx -> inDirection.stream()
                        .filter(s -> s.name().suffix().equals(sfx))
                        .toList())
                .orElse(inDirection);
        List<Street> covering =
                sameSuffix.stream().filter(s -> s.covers(number)).toList();
        if (covering.isEmpty()) {
            covering = inDirection.stream().filter(s -> s.covers(number)).toList();
        }
        if (covering.isEmpty()) {
            covering = renamedGridLine(number, direction, reading);
        }
        if (covering.isEmpty()) {
            List<Street> listed = sameSuffix.isEmpty() ? inDirection : sameSuffix;
            List<AddressFailure.NumberRange> ranges = listed.stream()
                    .map(s -> new AddressFailure.NumberRange(s.display(), s.from(), s.to()))
                    .toList();
            throw new GeocodeException(new AddressFailure.NumberOutOfRange(
                    number, listed.size() == 1 ? listed.get(0).display() : reading.typed(), ranges, List.of()));
        }
        List<Direction> directions =
                covering.stream().map(s -> s.name().direction()).distinct().toList();
        if (directions.size() > 1) {
            List<String> choices = covering.stream()
                    .map(s -> number + " " + s.display())
                    .distinct()
                    .toList();
            throw new GeocodeException(new AddressFailure.DirectionNeeded(choices));
        }
        // Same direction, several suffixes that all have the number (W 63RD ST / W 63RD PL): the longer street.
        Street street = covering.stream()
                .max(Comparator.comparingInt(catalog::importance))
                .orElseThrow();
        return new MatchedAddress(number, street, corrected);
    }

    /** "502 W 55th" where 55th St is called Garfield Blvd for that stretch: the named street on the grid line. */
    private List<Street> renamedGridLine(int number, Optional<Direction> direction, Reading reading) {
        Matcher numbered = NUMBERED.matcher(reading.compactName());
        if (!numbered.matches()) {
            return List.of();
        }
        return GridAnchors.renamedNumberedStreet(Integer.parseInt(numbered.group(1)))
                .map(name -> catalog.named(StreetName.compact(name)).stream()
                        .filter(s -> s.covers(number)
                                && direction.map(d -> s.name().direction() == d).orElse(true))
                        .toList())
                .orElse(List.of());
    }
}
