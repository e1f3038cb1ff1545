package org.aldermail.admin;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Moments as organizers read them: Chicago's local time, to the minute. */
final class Times {

    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Times() {}

    static String local(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(CHICAGO).format(MINUTE);
    }
}
