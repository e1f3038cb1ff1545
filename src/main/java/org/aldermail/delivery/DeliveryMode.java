package org.aldermail.delivery;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a letter reaches the alder: sent by our server, or handed to the resident's mail client. */
public enum DeliveryMode {
    SERVER,
    LINK;

    @JsonValue
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
