package org.aldermail.delivery;

/** A link-mode report (opened, sent) about a letter the server sends itself. */
public class NotALinkLetter extends RuntimeException {

    private final String id;

    public NotALinkLetter(String id) {
        super(id, null, false, false);
        this.id = id;
    }

    public String id() {
        return id;
    }
}
