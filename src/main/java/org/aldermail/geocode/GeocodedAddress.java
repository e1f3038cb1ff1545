package org.aldermail.geocode;

/**
 * A typed address, the street and number it was read as (null for a place named without one, e.g.
 * "O'Hare"), the gazetteer place it is (or null), and where that is.
 */
public record GeocodedAddress(String input, MatchedAddress match, Placement placement, String place) {

    public GeocodedAddress(String input, MatchedAddress match, Placement placement) {
        this(input, match, placement, null);
    }

    public String normalized() {
        return place != null ? place : match.normalized();
    }
}
