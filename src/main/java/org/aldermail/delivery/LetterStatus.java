package org.aldermail.delivery;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a letter is on its way to the alder. */
public enum LetterStatus {
    /** Server mode, waiting for the resident to click the link in the confirmation email. */
    PENDING_CONFIRMATION,
    /** In the outbox, waiting for the dispatcher (or for the alder's hourly pace). */
    QUEUED,
    /** Claimed by a dispatcher, being handed to the SMTP server. */
    SENDING,
    SENT,
    /** Rejected permanently by the mail server, or out of attempts; organizers see these. */
    FAILED,
    /** Never confirmed within the confirmation window. */
    EXPIRED,
    /** Link mode: the resident sends it from their own mail client. */
    HANDED_OVER;

    @JsonValue
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
