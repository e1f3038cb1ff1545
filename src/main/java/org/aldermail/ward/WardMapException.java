package org.aldermail.ward;

/** A ward map or alder roster that cannot be trusted; the message names the file and the reason. */
public class WardMapException extends RuntimeException {
    public WardMapException(String message) {
        super(message);
    }

    public WardMapException(String message, Throwable cause) {
        super(message, cause);
    }
}
