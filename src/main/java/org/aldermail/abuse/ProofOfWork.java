package org.aldermail.abuse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aldermail.web.Sha256;

/**
 * The proof of work asked of server-mode letters (ALTCHA's SHA-256 protocol, checked with the JDK alone): a
 * challenge signed with the server key, and the check of a solution, which also remembers it in the database until
 * it expires so that no instance accepts it twice. {@code aldermail.abuse.proof-of-work=false} turns it off.
 */
@ApplicationScoped
public class ProofOfWork {

    static final String ALGORITHM = "SHA-256";
    private static final String PURPOSE = "altcha";
    private static final int MAX_PAYLOAD = 2_000;
    private static final Pattern EXPIRES = Pattern.compile("[?&]expires=(\\d{1,12})(?:&|$)");
    private static final Pattern HEX_64 = Pattern.compile("[0-9a-f]{64}");

    private final AbuseConfig config;
    private final ServerSecret secret;
    private final UsedChallengeRepository used;
    private final ObjectMapper json;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ProofOfWork(AbuseConfig config, ServerSecret secret, UsedChallengeRepository used, ObjectMapper json, Clock clock) {
        this.config = config;
        this.secret = secret;
        this.used = used;
        this.json = json;
        this.clock = clock;
    }

    /** Server-mode letters need a solution. */
    public boolean required() {
        return config.proofOfWork();
    }

    public AltchaChallenge challenge() {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        long expires = clock.instant().plus(config.proofOfWorkExpiry()).getEpochSecond();
        String salt = HexFormat.of().formatHex(nonce) + "?expires=" + expires;
        long number = random.nextLong(config.proofOfWorkMaxNumber() + 1);
        String challenge = Sha256.hex(salt + number);
        return new AltchaChallenge(ALGORITHM, challenge, config.proofOfWorkMaxNumber(), salt, sign(challenge));
    }

    /**
     * Accepts a solution once, when proof of work is on: the widget's base64 JSON payload with a challenge we signed,
     * not expired, solved, and never used before.
     *
     * @throws ProofOfWorkFailed for any reason, never saying which
     */
    public void requireSolved(String payload) {
        if (required() && !accepts(payload)) {
            throw new ProofOfWorkFailed();
        }
    }

    private boolean accepts(String payload) {
        if (payload == null || payload.isBlank() || payload.length() > MAX_PAYLOAD) {
            return false;
        }
        JsonNode solution;
        try {
            solution = json.readTree(Base64.getDecoder().decode(payload.strip()));
        } catch (IllegalArgumentException | IOException notAPayload) {
            return false;
        }
        if (solution == null || !solution.isObject()) {
            return false;
        }
        String algorithm = solution.path("algorithm").asText("");
        String challenge = solution.path("challenge").asText("");
        String salt = solution.path("salt").asText("");
        String signature = solution.path("signature").asText("");
        JsonNode number = solution.path("number");
        if (!ALGORITHM.equals(algorithm) || !HEX_64.matcher(challenge).matches() || !number.canConvertToLong()) {
            return false;
        }
        Matcher expires = EXPIRES.matcher(salt);
        if (!expires.find()) {
            return false;
        }
        Instant expiry = Instant.ofEpochSecond(Long.parseLong(expires.group(1)));
        if (!expiry.isAfter(clock.instant())) {
            return false;
        }
        if (!equal(sign(challenge), signature) || !equal(Sha256.hex(salt + number.asLong()), challenge)) {
            return false;
        }
        return firstUse(challenge, expiry);
    }

    /** Remembers the challenge as used; false when it already was (here or on another instance). */
    private boolean firstUse(String challenge, Instant expiry) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                used.forgetExpired(now);
                if (used.findByIdOptional(challenge).isPresent()) {
                    return false;
                }
                UsedChallenge row = new UsedChallenge();
                row.challenge = challenge;
                row.expiresAt = expiry.atOffset(ZoneOffset.UTC);
                used.persistAndFlush(row);
                return true;
            });
        } catch (PersistenceException | QuarkusTransactionException anotherRequestWon) {
            return false;
        }
    }

    private String sign(String challenge) {
        return secret.hmacHex(PURPOSE, challenge);
    }

    private static boolean equal(String expected, String given) {
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }
}
