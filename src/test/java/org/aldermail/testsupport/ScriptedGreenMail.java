package org.aldermail.testsupport;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A real GreenMail SMTP server whose RCPT replies can be scripted: each queued reply (e.g. "451 4.3.0 try
 * later", "550 5.1.1 no such user") answers one RCPT TO before GreenMail's own "250 OK" resumes, and a held reply
 * keeps one RCPT TO unanswered (a hung server) until the test releases it.
 */
public class ScriptedGreenMail extends GreenMail {

    /** One RCPT TO's answer: a scripted line, or GreenMail's own once the test releases it. */
    private record Step(String reply, HeldReply held) {}

    /** GreenMail's own 2 s is too short for a loaded machine; this only bounds a server that never comes up. */
    private static final Duration STARTUP_PATIENCE = Duration.ofSeconds(60);

    private final Queue<Step> script = new ConcurrentLinkedQueue<>();
    private final int port;

    public ScriptedGreenMail(int port) {
        super(setup(port));
        this.port = port;
    }

    private static ServerSetup setup(int port) {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        setup.setServerStartupTimeout(STARTUP_PATIENCE.toMillis());
        return setup;
    }

    /**
     * Starts the server and returns once it has greeted a client: a fresh server on a loaded machine can take seconds
     * to answer its first conversation, and that wait belongs to the test's setup, not to a send with a timeout.
     */
    public void startAndAwaitGreeting() {
        start();
        try (Socket probe = new Socket("127.0.0.1", port)) {
            probe.setSoTimeout((int) STARTUP_PATIENCE.toMillis());
            BufferedReader replies =
                    new BufferedReader(new InputStreamReader(probe.getInputStream(), StandardCharsets.US_ASCII));
            String greeting = replies.readLine();
            if (greeting == null || !greeting.startsWith("220")) {
                throw new IllegalStateException("GreenMail greeted with " + greeting);
            }
            probe.getOutputStream().write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
            replies.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void replyToNextRecipients(String... replies) {
        List.of(replies).forEach(reply -> script.add(new Step(reply, null)));
    }

    /** The next RCPT TO gets no answer until the test releases the returned hold, then GreenMail's usual reply. */
    public HeldReply holdNextRecipient() {
        HeldReply held = new HeldReply();
        script.add(new Step(null, held));
        return held;
    }

    public void clearScript() {
        script.clear();
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers original) {
        managers = new ScriptedManagers(script);
        return super.createServices(config, managers);
    }

    private static final class ScriptedManagers extends Managers {
        private final SmtpManager smtp;

        ScriptedManagers(Queue<Step> script) {
            smtp = new SmtpManager(getImapHostManager(), getUserManager()) {
                @Override
                public String checkRecipient(SmtpState state, MailAddress rcpt) {
                    Step step = script.poll();
                    if (step == null) {
                        return super.checkRecipient(state, rcpt);
                    }
                    if (step.held() != null) {
                        step.held().hold();
                        return super.checkRecipient(state, rcpt);
                    }
                    return step.reply();
                }
            };
        }

        @Override
        public SmtpManager getSmtpManager() {
            return smtp;
        }
    }
}
