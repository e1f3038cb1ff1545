package org.aldermail.abuse;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Defences of the public form: rate limits, bot friction, the server's signing secret. */
@ConfigMapping(prefix = "aldermail.abuse")
public interface AbuseConfig {

    /**
     * The key that signs form tokens and proof-of-work challenges and hashes client addresses. Unset: one is
     * generated at first start and kept in the database, so every instance shares it.
     */
    Optional<String> secret();

    /** Letters (server and link) and "I sent it" reports one client may make per campaign per hour. */
    @WithDefault("20")
    int lettersPerClientPerHour();

    /**
     * Proxies whose {@code X-Forwarded-For} / {@code Forwarded} headers name the client (addresses or CIDR
     * ranges). None by default: the connecting address is the client.
     */
    Optional<List<String>> trustedProxies();

    /** Server-mode sending asks the browser for a proof of work (ALTCHA); off for trusted deployments and tests. */
    @WithDefault("true")
    boolean proofOfWork();

    /**
     * The largest secret number of a proof-of-work challenge: the browser tries half of them on average (100,000
     * SHA-256 hashes take well under a second in a current browser).
     */
    @WithDefault("100000")
    long proofOfWorkMaxNumber();

    /** How long a proof-of-work challenge can be solved and used; the widget fetches a new one when it expires. */
    @WithDefault("20m")
    Duration proofOfWorkExpiry();

    /** The shortest time a person takes to fill a form; a faster post is a bot's. */
    @WithDefault("3s")
    Duration minFillTime();

    /** How long a form stays valid after the page was shown. */
    @WithDefault("PT24H")
    Duration formTokenMaxAge();
}
