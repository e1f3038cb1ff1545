package org.aldermail.delivery;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a letter reaches the alder: sent by our server, or handed to the resident's mail client. */
public enum DeliveryMode {
    SERVER, LINK;

    @JsonValue
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
