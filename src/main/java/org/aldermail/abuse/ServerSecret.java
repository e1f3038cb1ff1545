package org.aldermail.abuse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server's signing key, the same on every instance: from {@code aldermail.abuse.secret}, or generated at first
 * use and kept in the database (the first instance to store one wins; the others read it).
 */
@ApplicationScoped
public class ServerSecret {

    private static final String NAME = "signing-key";
    private static final int KEY_BYTES = 32;

    private final AbuseConfig config;
    private final ServerSecretRepository secrets;
    private final Clock clock;
    private volatile byte[] key;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    ServerSecret(AbuseConfig config, ServerSecretRepository secrets, Clock clock) {
        this.config = config;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** HMAC-SHA256 of {@code value} under the key, for {@code purpose} (so one purpose's MAC never fits another). */
    public byte[] hmac(String purpose, String value) {
        Mac mac = macs.get();
        mac.update(purpose.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
    }

    /** A submission takes several MACs: each thread keeps one keyed Mac ({@code doFinal} readies it for the next). */
    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    public String hmacHex(String purpose, String value) {
        return HexFormat.of().formatHex(hmac(purpose, value));
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            known = config.secret().map(s -> s.getBytes(StandardCharsets.UTF_8)).orElseGet(this::stored);
            key = known;
        }
        return known;
    }

    private byte[] stored() {
        return QuarkusTransaction.requiringNew()
                .call(() -> secrets.findByIdOptional(NAME))
                .map(row -> Base64.getDecoder().decode(row.value))
                .orElseGet(this::generated);
    }

    private byte[] generated() {
        byte[] fresh = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(fresh);
        ServerSecretRow row = new ServerSecretRow();
        row.name = NAME;
        row.value = Base64.getEncoder().encodeToString(fresh);
        row.createdAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        try {
            QuarkusTransaction.requiringNew().run(() -> secrets.persistAndFlush(row));
            return fresh;
        } catch (PersistenceException | io.quarkus.narayana.jta.QuarkusTransactionException anotherInstanceWon) {
            String winner = QuarkusTransaction.requiringNew().call(() -> secrets.findById(NAME)).value;
            return Base64.getDecoder().decode(winner);
        }
    }
}
