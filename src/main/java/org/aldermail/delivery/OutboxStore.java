package org.aldermail.delivery;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The outbox's state changes, each in its own transaction. A mail is claimed by a conditional UPDATE before it
 * is sent, and only the holder of that claim may record the result (see {@link OutboxMessageRepository}).
 */
@ApplicationScoped
@Transactional
class OutboxStore {

    private static final int MAX_ERROR_LENGTH = 500;

    private final OutboxMessageRepository outbox;
    private final LetterRepository letters;
    private final RepeatReceiptRepository repeats;

    OutboxStore(OutboxMessageRepository outbox, LetterRepository letters, RepeatReceiptRepository repeats) {
        this.outbox = outbox;
        this.letters = letters;
        this.repeats = repeats;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<Long> dueIds(OffsetDateTime now, int limit) {
        return outbox.dueIds(now, limit);
    }

    /**
     * Takes the row under this claim (unique per attempt) if it is still due; empty when another instance was
     * first.
     */
    Optional<OutgoingMail> claim(long id, String claim, OffsetDateTime now, OffsetDateTime until) {
        int claimed = outbox.claim(id, claim, now, until);
        if (claimed == 0) {
            return Optional.empty();
        }
        OutboxMessage message = outbox.findById(id);
        Letter letter = letterOf(message);
        if (message.kind == OutboxMessage.Kind.LETTER) {
            letter.status = LetterStatus.SENDING;
        }
        return Optional.of(OutgoingMail.of(message, letter));
    }

    /** When the alder's hourly allowance is used up: the moment the oldest send in the window ages out. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<OffsetDateTime> paceBlockedUntil(String alderEmail, OffsetDateTime now, int perHour) {
        List<OffsetDateTime> recent = outbox.letterSendTimes(alderEmail, now.minusHours(1), perHour);
        return recent.size() < perHour
                ? Optional.empty()
                : Optional.of(recent.get(perHour - 1).plusHours(1));
    }

    void deferForPace(long id, String claim, OffsetDateTime until) {
        settle(id, claim, m -> {
                    m.status = OutboxMessage.Status.PENDING;
                    m.nextAttemptAt = until;
                })
                .ifPresent(m -> {
                    if (m.kind == OutboxMessage.Kind.LETTER) {
                        letterOf(m).status = LetterStatus.QUEUED;
                    }
                });
    }

    /**
     * Puts a mail back without counting an attempt: the server, not the mail, failed, and the mail waits with the
     * rest of the outbox until {@code until}.
     */
    void waitForServer(long id, String claim, String error, OffsetDateTime until) {
        settle(id, claim, m -> {
                    m.status = OutboxMessage.Status.PENDING;
                    m.nextAttemptAt = until;
                    m.lastError = shorten(error);
                })
                .ifPresent(m -> {
                    if (m.kind == OutboxMessage.Kind.LETTER) {
                        letterOf(m).status = LetterStatus.QUEUED;
                    }
                });
    }

    /** Every mail due by {@code now} and not taken waits until {@code until}: the mail server is down for all. */
    int deferAllDue(OffsetDateTime now, OffsetDateTime until) {
        return outbox.deferDue(now, until);
    }

    void markSent(long id, String claim, OffsetDateTime now) {
        settle(id, claim, m -> {
                    m.status = OutboxMessage.Status.SENT;
                    m.sentAt = now;
                    m.attempts++;
                })
                .ifPresent(m -> {
                    if (m.kind == OutboxMessage.Kind.LETTER) {
                        Letter letter = letterOf(m);
                        letter.status = LetterStatus.SENT;
                        letter.sentAt = now;
                    }
                    settleRepeatReceipts(m, LetterStatus.SENT, now);
                });
    }

    /** Not sent on purpose (over a daily allowance): final, and no failure of the letter. */
    void drop(long id, String claim, String reason, OffsetDateTime now) {
        settle(id, claim, m -> {
                    m.status = OutboxMessage.Status.DROPPED;
                    m.lastError = shorten(reason);
                })
                .ifPresent(m -> settleRepeatReceipts(m, LetterStatus.SENT, now));
    }

    void retryLater(long id, String claim, String error, OffsetDateTime next) {
        settle(id, claim, m -> {
                    m.status = OutboxMessage.Status.PENDING;
                    m.attempts++;
                    m.nextAttemptAt = next;
                    m.lastError = shorten(error);
                })
                .ifPresent(m -> {
                    if (m.kind == OutboxMessage.Kind.LETTER) {
                        letterOf(m).status = LetterStatus.QUEUED;
                    }
                });
    }

    /**
     * Gives the mail up. A failed letter frees its resident to write again (the dedupe key is cleared); a failed
     * confirmation request fails its letter only while that letter still waits for it.
     */
    void fail(long id, String claim, String error) {
        settle(id, claim, m -> {
                    m.status = OutboxMessage.Status.FAILED;
                    m.attempts++;
                    m.lastError = shorten(error);
                })
                .ifPresent(m -> {
                    settleRepeatReceipts(m, LetterStatus.FAILED, null);
                    Letter letter = letterOf(m);
                    boolean letterWaitsForThis = letter != null && m.kind == OutboxMessage.Kind.LETTER
                            || (m.kind == OutboxMessage.Kind.CONFIRMATION
                                    && letter.status == LetterStatus.PENDING_CONFIRMATION);
                    if (letterWaitsForThis) {
                        letter.status = LetterStatus.FAILED;
                        letter.dedupeKey = null;
                        letter.failureReason = shorten((m.kind == OutboxMessage.Kind.CONFIRMATION
                                        ? "The confirmation email could not be delivered: "
                                        : "")
                                + error);
                    }
                });
    }

    /**
     * Applies a change to a row this claim still holds. Empty when the claim was lost (it expired and another
     * instance took the row): then the other instance's outcome stands, not ours.
     */
    private Optional<OutboxMessage> settle(long id, String claim, Consumer<OutboxMessage> change) {
        OutboxMessage message = outbox.findLocked(id).orElse(null);
        if (message == null || message.status != OutboxMessage.Status.SENDING || !claim.equals(message.claimedBy)) {
            Log.warnf("Outbox %d: claim %s was lost before its result was recorded", id, claim);
            return Optional.empty();
        }
        change.accept(message);
        message.claimedBy = null;
        message.claimedUntil = null;
        return Optional.of(message);
    }

    /**
     * Repeat receipts that stand for a letter needing no confirmation read "queued" until the mail their submission
     * caused (the owner's notice) is settled, as a queued letter would until its send.
     */
    private void settleRepeatReceipts(OutboxMessage message, LetterStatus status, OffsetDateTime sentAt) {
        if (message.kind == OutboxMessage.Kind.REPEAT_NOTICE) {
            repeats.settleQueued(message.letterId, status, sentAt);
        }
    }

    /** A fresh confirmation token replaces any earlier one, so only the newest email's link works. */
    void storeConfirmationToken(long letterId, String tokenHash) {
        letters.findById(letterId).confirmTokenHash = tokenHash;
    }

    /** The message's letter; null for a test message, which has none. */
    private Letter letterOf(OutboxMessage message) {
        return message.letterId == null ? null : letters.findById(message.letterId);
    }

    private static String shorten(String text) {
        String value = text == null ? "unknown error" : text;
        return value.length() <= MAX_ERROR_LENGTH ? value : value.substring(0, MAX_ERROR_LENGTH);
    }
}
