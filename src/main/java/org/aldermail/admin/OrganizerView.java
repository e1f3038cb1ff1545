package org.aldermail.admin;

import java.time.OffsetDateTime;

/** An organizer account as the organizers page lists it (never the hash). */
public record OrganizerView(long id, String username, String email, OffsetDateTime createdAt, String createdBy) {

    static OrganizerView of(Organizer organizer) {
        return new OrganizerView(
                organizer.id, organizer.username, organizer.email, organizer.createdAt, organizer.createdBy);
    }
}
