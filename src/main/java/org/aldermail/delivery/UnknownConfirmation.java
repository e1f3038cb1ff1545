package org.aldermail.delivery;

/** A confirmation token that names no letter (mistyped, or replaced by a newer email). */
public class UnknownConfirmation extends RuntimeException {

    public UnknownConfirmation() {
        super(null, null, false, false);
    }
}
