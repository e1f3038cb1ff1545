package org.aldermail.admin;

/** An organizer account could not be added or removed; the reason is shown on the organizers page. */
public class OrganizerRejected extends RuntimeException {

    public enum Reason {
        USERNAME_INVALID,
        USERNAME_TAKEN,
        PASSWORD_TOO_SHORT,
        EMAIL_INVALID,
        REMOVE_SELF,
        REMOVE_LAST,
        UNKNOWN
    }

    private final Reason reason;

    public OrganizerRejected(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
