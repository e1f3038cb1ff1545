package org.aldermail.admin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The organizers' dashboard: the first account, login throttling and the session cookie. */
@ConfigMapping(prefix = "aldermail.admin")
public interface AdminConfig {

    /**
     * The first organizer's username ({@code ALDERMAIL_ADMIN_USERNAME}): created at startup when no organizer account
     * exists, together with {@link #password()}. There is no default account.
     */
    Optional<String> username();

    /** The first organizer's password ({@code ALDERMAIL_ADMIN_PASSWORD}); stored only as a bcrypt hash. */
    Optional<String> password();

    /** The first organizer's email address ({@code ALDERMAIL_ADMIN_EMAIL}), for "send a test message to me". */
    Optional<String> email();

    /** Failed logins for one username, or from one client, that lock further tries out. */
    @WithDefault("5")
    int maxFailedLogins();

    /** The window the failed logins are counted in. */
    @WithDefault("15m")
    Duration failedLoginWindow();

    /** How long tries answer 429 after too many failures. */
    @WithDefault("15m")
    Duration lockout();

    /** The shortest password an organizer account may have. */
    @WithDefault("12")
    int minPasswordLength();

    /**
     * Marks the session cookie {@code Secure} even when the request came over plain HTTP (behind a proxy that does not
     * say it terminated TLS). Browsers still send Secure cookies to http://localhost.
     */
    @WithDefault("true")
    boolean secureCookies();
}
