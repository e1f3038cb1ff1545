package org.aldermail.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.ext.mail.SMTPException;
import java.net.ConnectException;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SendFailureTest {

    @ParameterizedTest(name = "{0} → permanent {1}, server-wide {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "550 5.1.1 <ana@example.org>: Recipient address rejected|true|false",
                "552 5.3.4 Message too big|true|false",
                "554 5.7.1 Rejected by DMARC policy|true|false",
                "550 Mailbox unavailable|true|false",
                "535 5.7.8 Authentication credentials invalid|false|true",
                "530 5.7.0 Authentication required|false|true",
                "421 4.3.2 Service shutting down|false|true",
                "554 5.5.1 Error: no valid recipients|false|true",
                "500 Syntax error|false|true",
                "451 4.3.0 Try again later|false|false",
                "452 4.2.2 Mailbox full|false|false"
            })
    void classifiesSmtpReplies(String reply, boolean permanent, boolean serverWide) {
        int code = Integer.parseInt(reply.substring(0, 3));
        SendFailure failure = SendFailure.of(new SMTPException(reply, code, List.of(reply), code >= 500));
        assertThat(failure.permanent()).isEqualTo(permanent);
        assertThat(failure.serverWide()).isEqualTo(serverWide);
        assertThat(failure.reason()).startsWith("SMTP " + code).doesNotContain("ana@example.org");
    }

    @Test
    void anUnreachableOrSilentServerIsServerWideAndWorthRetrying() {
        SendFailure refused = SendFailure.of(new RuntimeException(new ConnectException("Connection refused")));
        assertThat(refused.permanent()).isFalse();
        assertThat(refused.serverWide()).isTrue();
        SendFailure silent = SendFailure.of(new TimeoutException());
        assertThat(silent.timedOut()).isTrue();
        assertThat(silent.serverWide()).isTrue();
    }
}
