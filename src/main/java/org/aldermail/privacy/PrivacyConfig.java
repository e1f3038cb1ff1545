package org.aldermail.privacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How long personal data is kept, and whom residents ask about it. */
@ConfigMapping(prefix = "aldermail.privacy")
public interface PrivacyConfig {

    /**
     * How long a letter's personal data (the resident's name, email and street address, the letter's subject, body
     * and note) is kept after the letter is final (sent, failed, expired or handed over as mail links) or its campaign
     * closed; then it is erased, and only the anonymous counts per ward remain. The privacy page states it.
     */
    @WithDefault("P30D")
    Duration retention();

    /** Whether this instance runs the erasure on a timer (any number of instances may; tests run it by hand). */
    @WithDefault("true")
    boolean eraserEnabled();

    /** How often the erasure looks for personal data past its retention. */
    @WithDefault("1h")
    Duration eraseInterval();

    /** The address residents write to about their data, shown on the privacy page; unset, the page says to ask
     * the organizers who shared the site. */
    Optional<String> contact();
}
