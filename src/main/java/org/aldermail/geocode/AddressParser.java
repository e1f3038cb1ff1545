package org.aldermail.geocode;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a typed address into house number, direction and street tokens. Accepts any case, commas,
 * periods, accents, unit designators (Apt, Unit, #, Ste, Fl, Rm, …) and a trailing "Chicago, IL 60614" or
 * ZIP+4. Which of the remaining tokens are the street is decided by {@link StreetMatcher}, against the
 * City's list of streets.
 */
public final class AddressParser {

    public static final int MAX_LENGTH = 200;

    /** USPS Publication 28 secondary unit designators that are never part of a Chicago street name. */
    static final Set<String> UNIT_DESIGNATORS = Set.of(
            "APT",
            "APARTMENT",
            "UNIT",
            "STE",
            "SUITE",
            "RM",
            "ROOM",
            "FL",
            "FLR",
            "FLOOR",
            "BSMT",
            "BASEMENT",
            "DEPT",
            "BLDG",
            "BUILDING",
            "OFC",
            "OFFICE",
            "PH",
            "PENTHOUSE",
            "SPC",
            "TRLR",
            "HNGR",
            "LBBY",
            "LOBBY",
            "#");

    /**
     * Spanish street-type words typed before the name ("1234 W Avenida Fullerton", "3500 W Calle 26"): the name
     * after them is the street, so the word is dropped (the street list decides the suffix).
     */
    static final Set<String> SPANISH_STREET_WORDS = Set.of("AVENIDA", "AVDA", "CALLE", "BULEVAR", "BOULEVARD", "PASEO");

    private static final Set<String> STATES = Set.of("IL", "ILL", "ILLINOIS");
    private static final Set<String> COUNTRY = Set.of("USA", "US");
    private static final Pattern ZIP = Pattern.compile("\\d{5}(-?\\d{4})?");
    private static final Pattern HOUSE_NUMBER = Pattern.compile("(\\d{1,6})(?:-?[A-Z]|-\\d{1,6}|-)?");
    private static final Pattern FRACTION = Pattern.compile("\\d/\\d");

    private AddressParser() {}

    public static ParsedAddress parse(String input) {
        rejectUnsafe(input);
        List<String> tokens = tokens(input);
        stripPlace(tokens);
        if (tokens.isEmpty()) {
            throw new GeocodeException(new AddressFailure.Unparseable(AddressFailure.Unparseable.Hint.NOT_AN_ADDRESS));
        }
        Matcher number = HOUSE_NUMBER.matcher(tokens.get(0));
        if (!number.matches()) {
            throw new GeocodeException(new AddressFailure.Unparseable(AddressFailure.Unparseable.Hint.NUMBER_FIRST));
        }
        int houseNumber = Integer.parseInt(number.group(1));
        int next = 1;
        if (next < tokens.size() && FRACTION.matcher(tokens.get(next)).matches()) {
            next++;
        }
        while (next < tokens.size() && tokens.get(next).equals(",")) {
            next++;
        }
        Optional<Direction> direction = Optional.empty();
        Optional<String> directionToken = Optional.empty();
        if (next < tokens.size()) {
            direction = Direction.parse(tokens.get(next));
            if (direction.isPresent()) {
                directionToken = Optional.of(tokens.get(next));
                next++;
            }
        }
        List<String> street = new ArrayList<>();
        for (int i = next; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (token.equals(",") && street.isEmpty()) {
                continue;
            }
            if (token.equals(",") || UNIT_DESIGNATORS.contains(token)) {
                break;
            }
            if (street.isEmpty() && SPANISH_STREET_WORDS.contains(token) && i + 1 < tokens.size()) {
                continue;
            }
            street.add(token);
        }
        if (street.isEmpty() && directionToken.isEmpty()) {
            throw new GeocodeException(new AddressFailure.Unparseable(AddressFailure.Unparseable.Hint.STREET_MISSING));
        }
        return new ParsedAddress(input, houseNumber, direction, directionToken, List.copyOf(street));
    }

    static void rejectUnsafe(String input) {
        if (input.length() > MAX_LENGTH) {
            throw invalid(AddressFailure.InvalidText.Problem.TOO_LONG);
        }
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                throw invalid(AddressFailure.InvalidText.Problem.CONTROL_CHARACTER);
            }
        }
        if (input.isBlank()) {
            throw invalid(AddressFailure.InvalidText.Problem.EMPTY);
        }
    }

    private static GeocodeException invalid(AddressFailure.InvalidText.Problem problem) {
        return new GeocodeException(new AddressFailure.InvalidText(problem, MAX_LENGTH));
    }

    /** Upper case without accents; letters, digits and the separators that matter (',' '#' '-' '/') kept. */
    static List<String> tokens(String input) {
        String plain = Normalizer.normalize(input, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toUpperCase(Locale.ROOT);
        StringBuilder spaced = new StringBuilder(plain.length() + 8);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '/') {
                spaced.append(c);
            } else if (c == '\'' || c == '\u2019' || c == '.') {
                // O'Brien → OBRIEN, N. → N, St. → ST
                continue;
            } else if (c == ',' || c == '#') {
                spaced.append(' ').append(c).append(' ');
            } else {
                spaced.append(' ');
            }
        }
        List<String> tokens = new ArrayList<>();
        for (String token : spaced.toString().trim().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            boolean numberLike = tokens.isEmpty()
                    || FRACTION.matcher(token).matches()
                    || ZIP.matcher(token).matches();
            if (!numberLike && (token.indexOf('-') >= 0 || token.indexOf('/') >= 0)) {
                for (String part : token.split("[-/]")) {
                    if (!part.isEmpty()) {
                        tokens.add(part);
                    }
                }
            } else {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /** Drops a trailing ", Chicago, IL 60614-1234, USA" in any order of presence. */
    static void stripPlace(List<String> tokens) {
        boolean placeSeen = false;
        boolean citySeen = false;
        while (!tokens.isEmpty()) {
            int last = tokens.size() - 1;
            String token = tokens.get(last);
            // One city name at most: in "1526 Avenida Chicago, Chicago, IL" the first Chicago is the street.
            boolean isCity = token.equals("CHICAGO")
                    && !citySeen
                    && (placeSeen || (last > 0 && tokens.get(last - 1).equals(",")));
            citySeen |= isCity;
            if (token.equals(",")
                    || ZIP.matcher(token).matches()
                    || STATES.contains(token)
                    || COUNTRY.contains(token)
                    || isCity) {
                placeSeen |= !token.equals(",");
                tokens.remove(last);
            } else {
                return;
            }
        }
    }
}
