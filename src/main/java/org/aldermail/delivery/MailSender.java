package org.aldermail.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.runtime.LaunchMode;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.ext.mail.MailMessage;
import io.vertx.mutiny.ext.mail.MailClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands composed mail to the SMTP server through the Vert.x mail client that the Quarkus Mailer configures (pool,
 * TLS, DKIM), or to the Quarkus mock mailbox when the mailer is a mock (dev, tests, the local run).
 *
 * <p>Real mail bypasses the Quarkus Mailer's own conversion because that one always passes a Cc list, empty or
 * not, and the Vert.x encoder writes a {@code Cc:} header for any list it is given: every mail without a copy
 * carried an empty {@code Cc:}. Here the Cc is set only when there is one. The From and Subject go as
 * {@link HeaderWords} encodes them; a header set by hand replaces the one Vert.x would compute.
 */
@ApplicationScoped
class MailSender {

    private final ReactiveMailer mockable;
    private final MailClient smtp;
    private final boolean mock;
    private final Optional<String> bounceAddress;
    private final Timer sent;
    private final Timer failed;

    MailSender(
            ReactiveMailer mockable,
            MailClient smtp,
            MeterRegistry registry,
            @ConfigProperty(name = "quarkus.mailer.mock") Optional<Boolean> mock,
            @ConfigProperty(name = "quarkus.mailer.bounce-address") Optional<String> bounceAddress) {
        this.mockable = mockable;
        this.smtp = smtp;
        // The Quarkus Mailer's own default: a mock in dev and test, real mail in production.
        this.mock = mock.orElse(LaunchMode.current().isDevOrTest());
        this.bounceAddress = bounceAddress;
        this.sent = sendTimer(registry, "sent");
        this.failed = sendTimer(registry, "failed");
    }

    /** Sends when subscribed to; the time from then to the server's answer goes to {@code aldermail.mail.send}. */
    Uni<Void> send(ComposedMail mail) {
        return Uni.createFrom().deferred(() -> {
            Timer.Sample sample = Timer.start();
            return handOver(mail).onTermination().invoke((ok, failure, cancelled) -> {
                if (!cancelled) {
                    sample.stop(failure == null ? sent : failed);
                }
            });
        });
    }

    private Uni<Void> handOver(ComposedMail mail) {
        if (mock) {
            return mockable.send(mail.forMockMailbox());
        }
        return smtp.sendMail(smtpMessage(mail, bounceAddress)).replaceWithVoid();
    }

    private static Timer sendTimer(MeterRegistry registry, String outcome) {
        return Timer.builder("aldermail.mail.send")
                .description("One mail handed to the SMTP server: from the start of the conversation to its answer")
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(5))
                .maximumExpectedValue(Duration.ofSeconds(60))
                .register(registry);
    }

    static MailMessage smtpMessage(ComposedMail mail, Optional<String> bounceAddress) {
        MailMessage message = new MailMessage();
        message.setBounceAddress(bounceAddress.orElse(mail.fromAddress()));
        message.setFrom(mail.fromAddress());
        message.setTo(List.of(mail.to()));
        mail.cc().ifPresent(cc -> message.setCc(List.of(cc)));
        message.setText(mail.text());
        // As headers, not setSubject: Vert.x would encode the encoded words again (they may be folded with CR LF).
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        headers.add("From", HeaderWords.mailbox(mail.fromName(), mail.fromAddress()));
        headers.add("Subject", HeaderWords.text(mail.subject()));
        mail.replyTo().ifPresent(replyTo -> headers.add("Reply-To", replyTo));
        message.setHeaders(headers);
        return message;
    }
}
