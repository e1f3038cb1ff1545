package org.aldermail.geocode;

import java.util.List;
import java.util.Map;

/**
 * Why an address could not be turned into a ward, with what the resident needs to fix it. The resource
 * maps each {@link Reason} to its own problem type.
 */
public class GeocodeException extends RuntimeException {

    public enum Reason {
        /** Too long, control characters, or no house number and street. */
        INVALID_INPUT,
        UNPARSEABLE,
        STREET_NOT_FOUND,
        NUMBER_OUT_OF_RANGE,
        DIRECTION_NEEDED,
        /** The street is known but has too little map data near this number to place it. */
        NOT_LOCATABLE,
        OUTSIDE_CITY,
        /** The street data files were not loaded. */
        UNAVAILABLE
    }

    private final Reason reason;
    private final transient Map<String, Object> details;

    public GeocodeException(Reason reason, String message) {
        this(reason, message, Map.of());
    }

    public GeocodeException(Reason reason, String message, Map<String, Object> details) {
        super(message, null, false, false);
        this.reason = reason;
        this.details = Map.copyOf(details);
    }

    public Reason reason() {
        return reason;
    }

    /** Extra fields for the problem document: {@code suggestions}, {@code choices}, {@code ranges}. */
    public Map<String, Object> details() {
        return details;
    }

    static GeocodeException streetNotFound(String detail, List<String> suggestions) {
        return new GeocodeException(Reason.STREET_NOT_FOUND, detail, Map.of("suggestions", suggestions));
    }
}
