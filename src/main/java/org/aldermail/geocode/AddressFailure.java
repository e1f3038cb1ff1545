package org.aldermail.geocode;

import java.util.List;

/**
 * Why an address gives no ward, with what the resident needs to fix it. No prose: the API and the pages word each
 * case in the reader's language.
 */
public sealed interface AddressFailure {

    GeocodeException.Reason reason();

    /** Empty, too long, or holding a control character: not something to look up at all. */
    record InvalidText(Problem problem, int maxLength) implements AddressFailure {
        public enum Problem {
            EMPTY,
            TOO_LONG,
            CONTROL_CHARACTER
        }

        @Override
        public GeocodeException.Reason reason() {
            return GeocodeException.Reason.INVALID_INPUT;
        }
    }

    record Unparseable(Hint hint) implements AddressFailure {
        public enum Hint {
            NOT_AN_ADDRESS,
            NUMBER_FIRST,
            STREET_MISSING
        }

        @Override
        public GeocodeException.Reason reason() {
            return GeocodeException.Reason.UNPARSEABLE;
        }
    }

    /** @param suggestions up to five similar street names, most likely first */
    record StreetNotFound(String street, List<String> suggestions) implements AddressFailure {
        @Override
        public GeocodeException.Reason reason() {
            return GeocodeException.Reason.STREET_NOT_FOUND;
        }
    }

    /** @param suggestions near street names that do have the number */
    record NumberOutOfRange(int number, String street, List<NumberRange> ranges, List<String> suggestions)
            implements AddressFailure {
        @Override
        public GeocodeException.Reason reason() {
            return GeocodeException.Reason.NUMBER_OUT_OF_RANGE;
        }
    }

    /** The lowest and highest house number of one street. */
    record NumberRange(String street, int from, int to) {}

    /** @param choices the full addresses the typed one may be, e.g. "100 E 100TH ST" and "100 W 100TH ST" */
    record DirectionNeeded(List<String> choices) implements AddressFailure {
        @Override
        public GeocodeException.Reason reason() {
            return GeocodeException.Reason.DIRECTION_NEEDED;
        }
    }

    /** @param streetOnMap false when the street is not on the intersection map at all, true when the number is past it */
    record NotLocatable(String street, String address, boolean streetOnMap) implements AddressFailure {
        @Override
        public GeocodeException.Reason reason() {
            return GeocodeException.Reason.NOT_LOCATABLE;
        }
    }

    record OutsideCity(String address) implements AddressFailure {
        @Override
        public GeocodeException.Reason reason() {
            return GeocodeException.Reason.OUTSIDE_CITY;
        }
    }

    /** The street data files were not loaded on this server. */
    record Unavailable() implements AddressFailure {
        @Override
        public GeocodeException.Reason reason() {
            return GeocodeException.Reason.UNAVAILABLE;
        }
    }
}
