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

    /**
     * Letters (server and link) and "I sent it" reports one client (one network address) may make per campaign per
     * hour. A campaign's {@code letters-per-client-per-hour} in {@code campaign.yaml} overrides it, e.g. for a
     * community meeting where everybody shares one network.
     */
    @WithDefault("20")
    int lettersPerClientPerHour();

    /**
     * Letters one resident email address may be given in per day (24 hours from midnight UTC), over all campaigns
     * and clients: a real resident writes once or twice; more is someone else using the address.
     */
    @WithDefault("5")
    int lettersPerEmailPerDay();

    /**
     * Letters and "I sent it" reports per alderperson (ward) per hour, over all campaigns and clients: a ceiling
     * that stops a flood into one office while letting a real surge through (a packed ward meeting writes a few
     * hundred at most).
     */
    @WithDefault("500")
    int lettersPerAlderPerHour();

    /**
     * Letters and "I sent it" reports per campaign per hour, over all wards and clients: at this pace a campaign
     * with a goal of 10,000 letters reaches it in two hours, so only a flood meets it.
     */
    @WithDefault("5000")
    int lettersPerCampaignPerHour();

    /**
     * Proxies whose {@code X-Forwarded-For} / {@code Forwarded} headers name the client (addresses or CIDR
     * ranges). None by default: the connecting address is the client.
     */
    Optional<List<String>> trustedProxies();

    /**
     * Which header the trusted proxies write the client into: {@code x-forwarded-for} or {@code forwarded}
     * (RFC 7239). Only that one is read, so a client cannot slip the other past a proxy that passes it through.
     */
    @WithDefault("x-forwarded-for")
    ForwardedHeader forwardedHeader();

    enum ForwardedHeader {
        X_FORWARDED_FOR,
        FORWARDED
    }

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
