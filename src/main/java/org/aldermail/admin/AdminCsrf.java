package org.aldermail.admin;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.aldermail.abuse.ServerSecret;

/**
 * The CSRF token of the organizers' forms: a keyed hash of the logged-in organizer and the UTC day, so a page of
 * another site can neither read nor forge it, it is the same on every instance, and it lasts a day or two. A form
 * posted without the right one is refused. (The session cookie is also {@code SameSite=Strict}.)
 */
@ApplicationScoped
public class AdminCsrf {

    public static final String FIELD = "csrf";

    private final ServerSecret secret;
    private final Clock clock;

    AdminCsrf(ServerSecret secret, Clock clock) {
        this.secret = secret;
        this.clock = clock;
    }

    public String token(String organizer) {
        return token(organizer, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    /** Today's token or yesterday's, so a form opened just before midnight still posts. */
    public boolean valid(String organizer, String token) {
        if (organizer == null || token == null || token.isEmpty()) {
            return false;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return same(token, token(organizer, today)) || same(token, token(organizer, today.minusDays(1)));
    }

    private String token(String organizer, LocalDate day) {
        return secret.hmacHex("admin-csrf", organizer + "\n" + day);
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
