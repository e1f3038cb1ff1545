package org.aldermail.delivery;

import io.vertx.ext.mail.SMTPException;
import java.net.ConnectException;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a failed send means for this mail and for the rest of the batch.
 *
 * @param permanent  the server refused this message for good (a bad mailbox, a refused message): retrying is
 *                   pointless
 * @param serverWide the mail server, not this message, is the problem (unreachable, hung, closing, refusing our
 *                   login): stop sending for now so the queue does not burn its attempts
 * @param timedOut   the server did not answer in time; the conversation may still complete, so the next attempt
 *                   waits longer
 * @param reason     for organizers and logs, with email addresses masked
 */
record SendFailure(boolean permanent, boolean serverWide, boolean timedOut, String reason) {

    private static final Pattern ENHANCED_STATUS = Pattern.compile("\\b[245]\\.(\\d{1,3})\\.\\d{1,3}\\b");
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^\\s<>\"'@]+@[^\\s<>\"'@]+");
    /** Replies about the recipient or the message itself, when the server gives no enhanced status code. */
    private static final Set<Integer> MESSAGE_REFUSED = Set.of(550, 551, 552, 553, 554);
    /** Enhanced status classes (RFC 3463) that are about the recipient or the message: 5.1 address, 5.2 mailbox,
     * 5.3 mail system (e.g. too big), 5.6 content, 5.7 policy (e.g. DMARC). 5.0, 5.4 and 5.5 are about the
     * server, the network or the protocol. */
    private static final Set<Integer> MESSAGE_SUBJECTS = Set.of(1, 2, 3, 6, 7);
    /** 421 closing, 530/534/535/538 authentication: the server or our credentials, not the message. */
    private static final Set<Integer> SERVER_REPLIES = Set.of(421, 530, 534, 535, 538);

    static SendFailure of(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && !(cause instanceof SMTPException)) {
            cause = cause.getCause();
        }
        if (cause instanceof SMTPException smtp) {
            String reply = smtp.getReplyMessage() == null ? "" : smtp.getReplyMessage();
            Matcher enhanced = ENHANCED_STATUS.matcher(reply);
            return ofReply(
                    smtp.getReplyCode(),
                    enhanced.find() ? Integer.parseInt(enhanced.group(1)) : -1,
                    reply.startsWith(String.valueOf(smtp.getReplyCode()))
                            ? "SMTP " + reply
                            : "SMTP " + smtp.getReplyCode() + " " + reply);
        }
        if (cause instanceof ConnectException) {
            return new SendFailure(false, true, false, masked("Mail server unreachable: " + cause.getMessage()));
        }
        if (cause instanceof TimeoutException || cause instanceof io.smallrye.mutiny.TimeoutException) {
            return new SendFailure(false, true, true, "Mail server did not answer in time");
        }
        if (cause instanceof InterruptedException) {
            return new SendFailure(false, true, false, "Interrupted while sending");
        }
        return new SendFailure(
                false, false, false, masked(cause.getClass().getSimpleName() + ": " + cause.getMessage()));
    }

    /** @param enhancedSubject the middle number of an enhanced status code (5.1.1 → 1), or -1 without one */
    static SendFailure ofReply(int code, int enhancedSubject, String reply) {
        String reason = masked(reply);
        if (SERVER_REPLIES.contains(code)) {
            return new SendFailure(false, true, false, reason);
        }
        if (code >= 500) {
            boolean aboutMessage =
                    enhancedSubject >= 0 ? MESSAGE_SUBJECTS.contains(enhancedSubject) : MESSAGE_REFUSED.contains(code);
            return new SendFailure(aboutMessage, !aboutMessage, false, reason);
        }
        return new SendFailure(false, false, false, reason);
    }

    private static String masked(String text) {
        return text == null ? "" : EMAIL_ADDRESS.matcher(text).replaceAll("<address>");
    }
}
