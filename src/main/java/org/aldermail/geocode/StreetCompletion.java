package org.aldermail.geocode;

/** A street for the address box's completions: its name and its lowest and highest house number. */
public record StreetCompletion(String name, String direction, int from, int to) {

    static StreetCompletion of(Street street) {
        return new StreetCompletion(street.display(), street.name().direction().name(), street.from(), street.to());
    }
}
