package org.aldermail.geocode;

import java.util.List;
import java.util.Optional;

/**
 * Free text split into its parts, normalised (upper case, no accents or periods).
 *
 * @param directionToken the word read as the direction ("N", "NORTH"), kept because "1600 North Ave" has
 *                       none: the matcher may give it back to the street name
 * @param streetTokens   street name, suffix and any unit text that followed without a comma or designator
 */
public record ParsedAddress(
        String input,
        int number,
        Optional<Direction> direction,
        Optional<String> directionToken,
        List<String> streetTokens) {}
