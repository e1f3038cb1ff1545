package org.aldermail.testsupport;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A real GreenMail SMTP server whose RCPT replies can be scripted: each queued reply (e.g. "451 4.3.0 try
 * later", "550 5.1.1 no such user") answers one RCPT TO before GreenMail's own "250 OK" resumes.
 */
public class ScriptedGreenMail extends GreenMail {

    private static final String STALL_PREFIX = "stall:";

    private final Queue<String> rcptReplies = new ConcurrentLinkedQueue<>();

    public ScriptedGreenMail(int port) {
        super(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    public void replyToNextRecipients(String... replies) {
        rcptReplies.addAll(java.util.List.of(replies));
    }

    /** The next RCPT TO gets no answer for this long (a hung server), then GreenMail's usual reply. */
    public void stallNextRecipient(java.time.Duration stall) {
        rcptReplies.add(STALL_PREFIX + stall.toMillis());
    }

    public void clearScript() {
        rcptReplies.clear();
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers original) {
        managers = new ScriptedManagers(rcptReplies);
        return super.createServices(config, managers);
    }

    private static final class ScriptedManagers extends Managers {
        private final SmtpManager smtp;

        ScriptedManagers(Queue<String> replies) {
            smtp = new SmtpManager(getImapHostManager(), getUserManager()) {
                @Override
                public String checkRecipient(SmtpState state, MailAddress rcpt) {
                    String scripted = replies.poll();
                    if (scripted != null && scripted.startsWith(STALL_PREFIX)) {
                        try {
                            Thread.sleep(Long.parseLong(scripted.substring(STALL_PREFIX.length())));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        scripted = null;
                    }
                    return scripted != null ? scripted : super.checkRecipient(state, rcpt);
                }
            };
        }

        @Override
        public SmtpManager getSmtpManager() {
            return smtp;
        }
    }
}
