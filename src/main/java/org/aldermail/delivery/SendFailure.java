package org.aldermail.delivery;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import io.vertx.ext.mail.SMTPException;

/** What a failed send means for the next attempt. */
record SendFailure(boolean permanent, String reason) {

    /**
     * A 5xx reply is final (the server will refuse again); a 4xx reply, a refused or dropped connection and a
     * timeout are worth retrying.
     */
    static SendFailure of(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && !(cause instanceof SMTPException)) {
            cause = cause.getCause();
        }
        if (cause instanceof SMTPException smtp) {
            return new SendFailure(smtp.isPermanent(), "SMTP " + smtp.getReplyCode() + " " + smtp.getReplyMessage());
        }
        if (cause instanceof ConnectException) {
            return new SendFailure(false, "Mail server unreachable: " + cause.getMessage());
        }
        if (cause instanceof InterruptedException) {
            return new SendFailure(false, "Interrupted while sending");
        }
        if (cause instanceof TimeoutException || cause instanceof io.smallrye.mutiny.TimeoutException) {
            return new SendFailure(false, "Mail server did not answer in time");
        }
        return new SendFailure(false, cause.getClass().getSimpleName() + ": " + cause.getMessage());
    }
}
