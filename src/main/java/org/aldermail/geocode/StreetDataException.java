package org.aldermail.geocode;

/** A street data file is missing or cannot be read; the message names the file and the reason. */
public class StreetDataException extends RuntimeException {
    public StreetDataException(String message) {
        super(message);
    }

    public StreetDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
