package org.aldermail.delivery;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * What organizers need to know about a campaign's mail: how much waits, since when, which letters failed and why (the
 * mail server's reply), and the two things they may do about it: send a failed letter again, and send a test message
 * through the same outbox. No resident's name, email or address leaves here.
 */
@ApplicationScoped
@Transactional
public class DeliveryHealth {

    /**
     * @param queued       the campaign's letters waiting in the outbox or being sent
     * @param oldestQueued when the oldest of them was confirmed (or written, without confirmation); empty when none
     * @param outboxWaiting every mail in the outbox not yet settled, all campaigns and kinds
     */
    public record Backlog(long queued, Optional<OffsetDateTime> oldestQueued, long outboxWaiting) {}

    /**
     * A letter the mail server refused, or that ran out of attempts.
     *
     * @param reason    the mail server's reply (addresses masked), or why the letter failed
     * @param retryable the letter itself failed in the outbox, so it can be queued again (a failed confirmation
     *                  request cannot: the resident has to write again)
     */
    public record FailedLetter(
            String id, int ward, String alder, OffsetDateTime writtenAt, String reason, boolean retryable) {}

    /** A test message and what became of it. */
    public record TestMessage(String recipient, String status, OffsetDateTime queuedAt, String lastError) {}

    private final LetterRepository letters;
    private final OutboxMessageRepository outbox;
    private final Clock clock;

    DeliveryHealth(LetterRepository letters, OutboxMessageRepository outbox, Clock clock) {
        this.letters = letters;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Backlog backlog(String campaign) {
        Parameters waiting =
                Parameters.with("campaign", campaign).and("queued", List.of(LetterStatus.QUEUED, LetterStatus.SENDING));
        long queued = letters.count("campaignSlug = :campaign and status in :queued", waiting);
        OffsetDateTime oldest = letters.getEntityManager()
                .createQuery(
                        "select min(coalesce(l.confirmedAt, l.createdAt)) from Letter l"
                                + " where l.campaignSlug = :campaign and l.status in :queued",
                        OffsetDateTime.class)
                .setParameter("campaign", campaign)
                .setParameter("queued", List.of(LetterStatus.QUEUED, LetterStatus.SENDING))
                .getSingleResult();
        long outboxWaiting =
                outbox.count("status in ?1", List.of(OutboxMessage.Status.PENDING, OutboxMessage.Status.SENDING));
        return new Backlog(queued, Optional.ofNullable(oldest), outboxWaiting);
    }

    /** The campaign's failed letters, newest first, at most {@code limit}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FailedLetter> failed(String campaign, int limit) {
        return letters
                .find(
                        "campaignSlug = :campaign and status = :failed order by createdAt desc, id desc",
                        Parameters.with("campaign", campaign).and("failed", LetterStatus.FAILED))
                .range(0, limit - 1)
                .list()
                .stream()
                .map(letter -> new FailedLetter(
                        letter.publicId,
                        letter.ward,
                        letter.alderName,
                        letter.createdAt,
                        letter.failureReason,
                        failedLetterMail(letter).isPresent()))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long failedCount(String campaign) {
        return letters.count("campaignSlug = ?1 and status = ?2", campaign, LetterStatus.FAILED);
    }

    /**
     * Queues a failed letter of the campaign again, as new. False when there is no such letter, it did not fail, or
     * what failed was its confirmation request.
     */
    public boolean retry(String campaign, String letterId) {
        Optional<Letter> found = letters.findByPublicId(letterId)
                .filter(letter -> letter.campaignSlug.equals(campaign) && letter.status == LetterStatus.FAILED);
        if (found.isEmpty()) {
            return false;
        }
        Letter letter = found.get();
        Optional<OutboxMessage> mail = failedLetterMail(letter);
        if (mail.isEmpty() || outbox.requeueSettled(mail.get().id, now()) == 0) {
            return false;
        }
        letter.status = LetterStatus.QUEUED;
        letter.failureReason = null;
        return true;
    }

    /** Puts a test message to {@code recipient} in the outbox, from the campaign's sender. */
    public void queueTestMessage(String campaign, String recipient) {
        OffsetDateTime now = now();
        OutboxMessage message = new OutboxMessage();
        message.kind = OutboxMessage.Kind.TEST;
        message.campaignSlug = campaign;
        message.recipient = recipient;
        message.status = OutboxMessage.Status.PENDING;
        message.attempts = 0;
        message.nextAttemptAt = now;
        message.createdAt = now;
        outbox.persist(message);
    }

    /** The campaign's test messages, newest first, at most {@code limit}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TestMessage> testMessages(String campaign, int limit) {
        return outbox
                .find(
                        "kind = ?1 and campaignSlug = ?2 order by createdAt desc, id desc",
                        OutboxMessage.Kind.TEST,
                        campaign)
                .range(0, limit - 1)
                .list()
                .stream()
                .map(m -> new TestMessage(
                        m.recipient, m.status.name().toLowerCase(java.util.Locale.ROOT), m.createdAt, m.lastError))
                .toList();
    }

    private Optional<OutboxMessage> failedLetterMail(Letter letter) {
        return outbox.find(
                        "letterId = ?1 and kind = ?2 and status = ?3",
                        letter.id,
                        OutboxMessage.Kind.LETTER,
                        OutboxMessage.Status.FAILED)
                .firstResultOptional();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
