package org.aldermail.delivery;

/** A letter id that names no letter. */
public class UnknownLetter extends RuntimeException {

    private final String id;

    public UnknownLetter(String id) {
        super(id, null, false, false);
        this.id = id;
    }

    public String id() {
        return id;
    }
}
