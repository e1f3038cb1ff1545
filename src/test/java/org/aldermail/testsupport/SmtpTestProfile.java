package org.aldermail.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Real SMTP against {@link ScriptedGreenMail} on a free port, instead of the mock mailbox. */
public class SmtpTestProfile implements QuarkusTestProfile {

    public static final int SMTP_PORT = freePort();

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(SMTP_PORT),
                "quarkus.mailer.start-tls", "DISABLED",
                "aldermail.delivery.send-timeout", "3s",
                "aldermail.delivery.retry-initial-delay", "0s");
    }
}
