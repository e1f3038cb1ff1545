package org.aldermail.geocode;

/**
 * A house number on a known street.
 *
 * @param corrected true when the street name was typed with a typo and corrected
 */
public record MatchedAddress(int number, Street street, boolean corrected) {

    /** "1234 W FULLERTON AVE". */
    public String normalized() {
        return number + " " + street.display();
    }
}
