package org.aldermail.geocode;

/** A typed address, the street and number it was read as, and where that is. */
public record GeocodedAddress(String input, MatchedAddress match, Placement placement) {

    public String normalized() {
        return match.normalized();
    }
}
