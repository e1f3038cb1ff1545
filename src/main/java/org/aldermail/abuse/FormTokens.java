package org.aldermail.abuse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The signed token in every form of the resident's pages: when the page was shown, signed with the server key for
 * the address the form posts to. No cookie and no server session: any instance checks it, and it works inside a
 * partner's iframe. Templates get one with {@code {inject:formTokens.issue(action)}} (the {@code formGuard} tag).
 */
@ApplicationScoped
@Named("formTokens")
public class FormTokens {

    private static final String PURPOSE = "form-token";

    private final ServerSecret secret;
    private final Clock clock;

    FormTokens(ServerSecret secret, Clock clock) {
        this.secret = secret;
        this.clock = clock;
    }

    /** A token for a form that posts to {@code action} (a path, without query), shown now. */
    public String issue(String action) {
        long shownAt = clock.millis();
        return shownAt + "." + signature(action, shownAt);
    }

    /** When the form was shown, if {@code token} is one we issued for {@code action}. */
    Optional<Instant> shownAt(String action, String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 1 || !token.substring(0, dot).chars().allMatch(Character::isDigit) || dot > 15) {
            return Optional.empty();
        }
        long shownAt = Long.parseLong(token.substring(0, dot));
        byte[] expected = signature(action, shownAt).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] given = token.substring(dot + 1).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(Instant.ofEpochMilli(shownAt)) : Optional.empty();
    }

    private String signature(String action, long shownAt) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret.hmac(PURPOSE, action + "\n" + shownAt));
    }
}
