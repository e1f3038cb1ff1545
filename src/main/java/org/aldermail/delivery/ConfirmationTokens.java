package org.aldermail.delivery;

import java.security.SecureRandom;
import java.util.Base64;
import org.aldermail.web.Sha256;

/** Single-use confirmation tokens: 256 random bits, stored only as their SHA-256. */
final class ConfirmationTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;

    private ConfirmationTokens() {}

    static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
