package org.aldermail.delivery;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/**
 * Sends due outbox mail. Each row is claimed before it is sent and settled after, in separate short
 * transactions, so no database lock is held while the SMTP server takes its time, and a send never
 * outlives {@link DeliveryConfig#sendTimeout()}.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final int MAX_BATCHES_PER_TICK = 50;

    private final OutboxStore store;
    private final MailComposer composer;
    private final ReactiveMailer mailer;
    private final DeliveryConfig config;
    private final RetrySchedule retries;
    private final String instance = "instance-" + UUID.randomUUID();

    OutboxDispatcher(OutboxStore store, MailComposer composer, ReactiveMailer mailer, DeliveryConfig config) {
        this.store = store;
        this.composer = composer;
        this.mailer = mailer;
        this.config = config;
        this.retries = RetrySchedule.of(config);
    }

    @Scheduled(every = "${aldermail.delivery.dispatch-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = DispatcherDisabled.class)
    void tick() {
        // A full batch means more may be waiting: keep going rather than idle until the next tick, but
        // hand back to the scheduler now and then so a backlog cannot pin the thread forever.
        for (int batch = 0; batch < MAX_BATCHES_PER_TICK && dispatchBatch().full(); batch++) {
            Log.debug("Outbox batch was full; dispatching the next one");
        }
    }

    /** Sends what is due now, one batch; returns how many mails were attempted (sent or not). */
    public int dispatchDue() {
        return dispatchBatch().attempted();
    }

    private record Batch(int attempted, boolean full) {
    }

    private Batch dispatchBatch() {
        List<Long> due = store.dueIds(now(), config.batchSize());
        // Pacing counts sent letters per alder, so paced letters go one at a time; otherwise several SMTP
        // conversations run at once, because a relay's per-message latency, not our CPU, sets the pace.
        int concurrency = config.maxLettersPerAlderPerHour().isPresent() ? 1 : Math.max(1, config.sendConcurrency());
        List<InFlight> inFlight = new ArrayList<>();
        int attempted = 0;
        for (Long id : due) {
            claimAndStart(id).ifPresent(inFlight::add);
            if (inFlight.size() >= concurrency) {
                attempted += settle(inFlight);
                inFlight.clear();
            }
        }
        attempted += settle(inFlight);
        return new Batch(attempted, due.size() == config.batchSize());
    }

    /** A mail handed to the SMTP client, not yet answered. */
    private record InFlight(OutgoingMail mail, CompletableFuture<Void> sending) {
    }

    private Optional<InFlight> claimAndStart(long id) {
        OffsetDateTime now = now();
        Optional<OutgoingMail> claimed = store.claim(id, instance, now, now.plus(config.claimTimeout()));
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        OutgoingMail mail = claimed.get();
        if (mail.kind() == OutboxMessage.Kind.LETTER && config.maxLettersPerAlderPerHour().isPresent()) {
            Optional<OffsetDateTime> blocked = store.paceBlockedUntil(mail.recipient(), now,
                    config.maxLettersPerAlderPerHour().getAsInt());
            if (blocked.isPresent()) {
                store.deferForPace(id, blocked.get());
                return Optional.empty();
            }
        }
        Mail message;
        if (mail.kind() == OutboxMessage.Kind.CONFIRMATION) {
            String token = ConfirmationTokens.newToken();
            store.storeConfirmationToken(mail.letterId(), ConfirmationTokens.hash(token));
            message = composer.confirmationRequest(mail, token);
        } else {
            message = composer.letter(mail);
        }
        return Optional.of(new InFlight(mail, mailer.send(message).subscribeAsCompletionStage().toCompletableFuture()));
    }

    /** Waits for each answer, all within one send timeout, and records it. */
    private int settle(List<InFlight> batch) {
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        for (InFlight flight : batch) {
            try {
                flight.sending().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                store.markSent(flight.mail().outboxId(), now());
            } catch (ExecutionException e) {
                recordFailure(flight.mail(), SendFailure.of(e.getCause()));
            } catch (TimeoutException e) {
                flight.sending().cancel(true);
                recordFailure(flight.mail(), SendFailure.of(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                recordFailure(flight.mail(), SendFailure.of(e));
            }
        }
        return batch.size();
    }

    private void recordFailure(OutgoingMail mail, SendFailure failure) {
        Optional<OffsetDateTime> next = failure.permanent() ? Optional.empty()
                : retries.next(mail.attempts() + 1, mail.createdAt(), now());
        if (next.isPresent()) {
            Log.infof("Outbox %d (%s, letter %s) attempt %d failed, retry at %s: %s", mail.outboxId(), mail.kind(),
                    mail.letterPublicId(), mail.attempts() + 1, next.get(), failure.reason());
            store.retryLater(mail.outboxId(), failure.reason(), next.get());
        } else {
            Log.warnf("Outbox %d (%s, letter %s) failed for good: %s", mail.outboxId(), mail.kind(),
                    mail.letterPublicId(), failure.reason());
            store.fail(mail.outboxId(), failure.reason());
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Skips the timer when the configuration turns the dispatcher off (tests dispatch by hand). */
    @ApplicationScoped
    public static class DispatcherDisabled implements Scheduled.SkipPredicate {

        private final DeliveryConfig config;

        DispatcherDisabled(DeliveryConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.dispatcherEnabled();
        }
    }
}
