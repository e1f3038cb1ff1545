package org.aldermail.delivery;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends due outbox mail. Each row is claimed before it is sent and settled after, in separate short
 * transactions, so no database lock is held while the SMTP server takes its time, and a send never
 * outlives {@link DeliveryConfig#sendTimeout()}.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final int MAX_BATCHES_PER_TICK = 50;
    private static final int TIMEOUT_RETRY_FACTOR = 10;

    private final OutboxStore store;
    private final MailComposer composer;
    private final MailSender mailer;
    private final MailAllowances allowances;
    private final DeliveryConfig config;
    private final RetrySchedule retries;
    private final Clock clock;
    /** Short, so "instance:claim" fits outbox_message.claimed_by. */
    private final String instance = UUID.randomUUID().toString().substring(0, 8);

    OutboxDispatcher(
            OutboxStore store,
            MailComposer composer,
            MailSender mailer,
            MailAllowances allowances,
            DeliveryConfig config,
            Clock clock) {
        this.store = store;
        this.composer = composer;
        this.mailer = mailer;
        this.allowances = allowances;
        this.config = config;
        this.clock = clock;
        this.retries = RetrySchedule.of(config);
        if (config.claimTimeout().compareTo(config.sendTimeout().multipliedBy(2)) <= 0) {
            throw new IllegalStateException("aldermail.delivery.claim-timeout (" + config.claimTimeout()
                    + ") must be more than twice aldermail.delivery.send-timeout (" + config.sendTimeout()
                    + "), or another instance could take over a mail that is still being sent");
        }
    }

    @Scheduled(
            every = "${aldermail.delivery.dispatch-interval:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
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

    private record Batch(int attempted, boolean full) {}

    private Batch dispatchBatch() {
        List<Long> due = store.dueIds(now(), config.batchSize());
        // Pacing counts sent letters per alder, so paced letters go one at a time; otherwise several SMTP
        // conversations run at once, because a relay's per-message latency, not our CPU, sets the pace.
        int concurrency = config.maxLettersPerAlderPerHour().isPresent() ? 1 : Math.max(1, config.sendConcurrency());
        List<InFlight> inFlight = new ArrayList<>();
        int attempted = 0;
        Optional<OffsetDateTime> serverDownUntil = Optional.empty();
        for (Long id : due) {
            try {
                claimAndStart(id).ifPresent(inFlight::add);
            } catch (RuntimeException e) {
                // One row that cannot be composed or claimed must not stop the others; it is retried later.
                Log.errorf(e, "Outbox %d could not be started", id);
            }
            if (inFlight.size() >= concurrency) {
                attempted += inFlight.size();
                serverDownUntil = settle(inFlight);
                inFlight.clear();
                if (serverDownUntil.isPresent()) {
                    break;
                }
            }
        }
        if (serverDownUntil.isEmpty()) {
            attempted += inFlight.size();
            serverDownUntil = settle(inFlight);
        }
        serverDownUntil.ifPresent(until -> {
            // The whole outbox waits with the mail that found the server down, on every instance: the others
            // keep their attempts instead of each burning one against a server that cannot take them.
            int waiting = store.deferAllDue(now(), until);
            Log.warnf(
                    "The mail server is unreachable, hung or refusing us: %d more mails wait until %s", waiting, until);
        });
        return new Batch(attempted, serverDownUntil.isEmpty() && due.size() == config.batchSize());
    }

    /** A mail handed to the SMTP client, not yet answered, under its claim. */
    private record InFlight(OutgoingMail mail, String claim, CompletableFuture<Void> sending) {}

    private Optional<InFlight> claimAndStart(long id) {
        OffsetDateTime now = now();
        String claim = instance + ":" + UUID.randomUUID();
        Optional<OutgoingMail> claimed = store.claim(id, claim, now, now.plus(config.claimTimeout()));
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        OutgoingMail mail = claimed.get();
        try {
            if (mail.kind() == OutboxMessage.Kind.LETTER
                    && config.maxLettersPerAlderPerHour().isPresent()) {
                Optional<OffsetDateTime> blocked = store.paceBlockedUntil(
                        mail.recipient(),
                        now,
                        config.maxLettersPerAlderPerHour().getAsInt());
                if (blocked.isPresent()) {
                    store.deferForPace(id, claim, blocked.get());
                    return Optional.empty();
                }
            }
            boolean ownMail =
                    mail.kind() == OutboxMessage.Kind.CONFIRMATION || mail.kind() == OutboxMessage.Kind.REPEAT_NOTICE;
            if (ownMail && !allowances.allows(mail)) {
                Log.infof(
                        "Outbox %d (%s, letter %s) dropped: the day's allowance for it is used",
                        id, mail.kind(), mail.letterPublicId());
                store.drop(id, claim, "dropped: over the daily allowance", now);
                return Optional.empty();
            }
            ComposedMail message = switch (mail.kind()) {
                case CONFIRMATION -> {
                    String token = ConfirmationTokens.newToken();
                    store.storeConfirmationToken(mail.letterId(), ConfirmationTokens.hash(token));
                    yield composer.confirmationRequest(mail, token);
                }
                case REPEAT_NOTICE -> composer.repeatNotice(mail);
                case LETTER -> composer.letter(mail);
                case TEST -> composer.testMessage(mail);
            };
            return Optional.of(new InFlight(
                    mail,
                    claim,
                    mailer.send(message).subscribeAsCompletionStage().toCompletableFuture()));
        } catch (RuntimeException e) {
            recordFailure(mail, claim, SendFailure.of(e));
            throw e;
        }
    }

    /**
     * Waits for each answer, all within one send timeout, and records it. The first mail that finds the server itself
     * in trouble counts an attempt and sets the back-off; the others of the round wait with it, attempts unchanged.
     *
     * @return when the outbox may try the server again, if the server itself is in trouble
     */
    private Optional<OffsetDateTime> settle(List<InFlight> batch) {
        // A real wait on the network, so the monotonic timer measures it, not the Clock that tests move.
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        Optional<OffsetDateTime> serverDownUntil = Optional.empty();
        for (InFlight flight : batch) {
            SendFailure failure = null;
            try {
                flight.sending().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                failure = SendFailure.of(e.getCause());
            } catch (TimeoutException e) {
                // Stop waiting, but let the conversation run out: cancelling it would leave its pooled SMTP
                // connection taken for good, and enough of those stall every later send.
                failure = SendFailure.of(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = SendFailure.of(e);
            }
            try {
                if (failure == null) {
                    store.markSent(flight.mail().outboxId(), flight.claim(), now());
                } else if (failure.serverWide() && serverDownUntil.isPresent()) {
                    store.waitForServer(
                            flight.mail().outboxId(), flight.claim(), failure.reason(), serverDownUntil.get());
                } else {
                    OffsetDateTime next = recordFailure(flight.mail(), flight.claim(), failure);
                    if (failure.serverWide()) {
                        serverDownUntil = Optional.of(next);
                    }
                }
            } catch (RuntimeException e) {
                // The claim expires and another tick settles the row; the send itself already happened or failed.
                Log.errorf(
                        e,
                        "Outbox %d: the result could not be recorded",
                        flight.mail().outboxId());
            }
        }
        return serverDownUntil;
    }

    /** Records a failed attempt; returns when the mail is tried next (now, had it failed for good). */
    private OffsetDateTime recordFailure(OutgoingMail mail, String claim, SendFailure failure) {
        OffsetDateTime now = now();
        Optional<OffsetDateTime> next =
                failure.permanent() ? Optional.empty() : retries.next(mail.attempts() + 1, mail.createdAt(), now);
        if (next.isPresent() && failure.timedOut()) {
            // A hung conversation may still deliver the mail: give it time to finish or die before a second try.
            OffsetDateTime patient = now.plus(config.sendTimeout().multipliedBy(TIMEOUT_RETRY_FACTOR));
            next = Optional.of(next.get().isAfter(patient) ? next.get() : patient);
        }
        if (next.isPresent()) {
            Log.infof(
                    "Outbox %d (%s, letter %s) attempt %d failed, retry at %s: %s",
                    mail.outboxId(),
                    mail.kind(),
                    mail.letterPublicId(),
                    mail.attempts() + 1,
                    next.get(),
                    failure.reason());
            store.retryLater(mail.outboxId(), claim, failure.reason(), next.get());
            return next.get();
        } else {
            Log.warnf(
                    "Outbox %d (%s, letter %s) failed for good: %s",
                    mail.outboxId(), mail.kind(), mail.letterPublicId(), failure.reason());
            store.fail(mail.outboxId(), claim, failure.reason());
            return now.plus(config.retryInitialDelay());
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
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
