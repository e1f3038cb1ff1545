package org.aldermail.campaign;

/** A ward number with no alder in the roster: not 1 to 50 (404 {@code unknown-ward}). */
public class UnknownWardException extends RuntimeException {

    private final int ward;

    public UnknownWardException(int ward) {
        super("No ward " + ward);
        this.ward = ward;
    }

    public int ward() {
        return ward;
    }
}
