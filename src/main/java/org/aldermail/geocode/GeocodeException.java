package org.aldermail.geocode;

/**
 * An address that gives no ward, and why ({@link #failure()}). The API's mapper and the pages word it for the
 * reader; the message is only for logs and test output.
 */
public class GeocodeException extends RuntimeException {

    /** The kind of failure, one per {@link AddressFailure} variant. */
    public enum Reason {
        INVALID_INPUT,
        UNPARSEABLE,
        STREET_NOT_FOUND,
        NUMBER_OUT_OF_RANGE,
        DIRECTION_NEEDED,
        NOT_LOCATABLE,
        OUTSIDE_CITY,
        UNAVAILABLE
    }

    private final transient AddressFailure failure;

    public GeocodeException(AddressFailure failure) {
        super(failure.toString(), null, false, false);
        this.failure = failure;
    }

    public AddressFailure failure() {
        return failure;
    }

    public Reason reason() {
        return failure.reason();
    }
}
