package org.aldermail.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** Real SMTP against {@link ScriptedGreenMail} on a free port, instead of the mock mailbox. */
public class SmtpTestProfile implements QuarkusTestProfile {

    public static final int SMTP_PORT = freePort();
    public static final int SEND_CONCURRENCY = 1;
    /**
     * Long enough that a healthy local send never hits it on a loaded CI machine; the hung-server test holds its
     * reply rather than racing this timeout with a delay.
     */
    public static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh RSA key for DKIM signing, PKCS#8 in base64 as the mailer's configuration takes it. */
    private static String dkimPrivateKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Base64.getEncoder()
                    .encodeToString(generator.generateKeyPair().getPrivate().getEncoded());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("quarkus.mailer.dkim.enabled", "true"),
                Map.entry("quarkus.mailer.dkim.private-key", dkimPrivateKey()),
                Map.entry("quarkus.mailer.dkim.sdid", "coalition.example"),
                Map.entry("quarkus.mailer.dkim.selector", "aldermail"),
                Map.entry("quarkus.mailer.dkim.signed-headers", "From,Reply-To,To,Cc,Subject"),
                Map.entry("quarkus.mailer.mock", "false"),
                Map.entry("quarkus.mailer.host", "127.0.0.1"),
                Map.entry("quarkus.mailer.port", String.valueOf(SMTP_PORT)),
                Map.entry("quarkus.mailer.start-tls", "DISABLED"),
                Map.entry("aldermail.delivery.send-timeout", SEND_TIMEOUT.toString()),
                // After a test restarts it, in-JVM GreenMail leaves some of several simultaneous new conversations
                // unanswered (not seen with the standalone server bench/delivery.sh drives at 20 at once), so
                // the SMTP tests send one at a time; the mock-mailbox tests run the default 20.
                Map.entry("aldermail.delivery.send-concurrency", String.valueOf(SEND_CONCURRENCY)),
                Map.entry("aldermail.delivery.retry-initial-delay", "0s"));
    }
}
