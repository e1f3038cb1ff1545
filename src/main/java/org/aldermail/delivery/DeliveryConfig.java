package org.aldermail.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.OptionalInt;

/** How letters are accepted, confirmed and sent. */
@ConfigMapping(prefix = "aldermail.delivery")
public interface DeliveryConfig {

    /**
     * Server-mode letters wait until the resident confirms by the link emailed to them, so nobody can send
     * a letter in someone else's name. A campaign can override this.
     */
    @WithDefault("true")
    boolean confirmSender();

    /** How long a confirmation link stays valid; unconfirmed letters then expire. */
    @WithDefault("P7D")
    Duration confirmationExpiry();

    /** Whether this instance runs the outbox dispatcher on a timer (tests drive it by hand). */
    @WithDefault("true")
    boolean dispatcherEnabled();

    /** How often the dispatcher looks for due mail. */
    @WithDefault("2s")
    Duration dispatchInterval();

    /** The most mails one dispatcher tick claims. */
    @WithDefault("200")
    int batchSize();

    /** The longest one SMTP send may take before it counts as a failed attempt. */
    @WithDefault("20s")
    Duration sendTimeout();

    /**
     * How many SMTP sends run at once; keep {@code quarkus.mailer.max-pool-size} (20 in application.properties)
     * at least as large. Paced letters always go one at a time.
     */
    @WithDefault("20")
    int sendConcurrency();

    /** How long a claim on an outbox row lasts; a crashed instance's rows are retried after it. */
    @WithDefault("2m")
    Duration claimTimeout();

    /** Delay before the first retry after a transient failure; doubles per attempt, with ±20 % jitter. */
    @WithDefault("30s")
    Duration retryInitialDelay();

    /** The longest delay between two attempts. */
    @WithDefault("1h")
    Duration retryMaxDelay();

    /**
     * Attempts before a mail is given up as failed; with the hourly cap on delays, 60 lets {@link #retryPeriod()}
     * (48 h) decide, so a weekend-long mail server outage loses nothing.
     */
    @WithDefault("60")
    int maxAttempts();

    /** The period after which a mail that has not gone out is given up as failed. */
    @WithDefault("48h")
    Duration retryPeriod();

    /** At most this many letters to one alder per hour; unset means no limit. */
    OptionalInt maxLettersPerAlderPerHour();

    /** The longest compose link (mailto, Gmail, Outlook) handed out; longer bodies are shortened. */
    @WithDefault("2000")
    int maxLinkLength();

    /**
     * How long the letter and outbox gauges at {@code /q/metrics} reuse one count from the database: scrapes within
     * it cost no query, and every instance still reports the whole database's numbers, not its own share.
     */
    @WithDefault("10s")
    Duration metricsMaxAge();
}
