package org.aldermail.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** Letters and their outbox rows; a letter and its first mail are always written in one transaction. */
@ApplicationScoped
@Transactional
class LetterStore {

    private final LetterRepository letters;
    private final OutboxMessageRepository outbox;
    private final LetterEventRepository events;
    private final RepeatReceiptRepository repeats;
    private final Clock clock;

    LetterStore(
            LetterRepository letters,
            OutboxMessageRepository outbox,
            LetterEventRepository events,
            RepeatReceiptRepository repeats,
            Clock clock) {
        this.letters = letters;
        this.outbox = outbox;
        this.events = events;
        this.repeats = repeats;
        this.clock = clock;
    }

    /**
     * Stores the letter and, for server mode, its first mail: the confirmation request, or the letter itself
     * when no confirmation is needed. A duplicate {@code dedupeKey} fails at commit.
     */
    LetterReceipt insert(NewLetter input, Duration confirmationExpiry) {
        OffsetDateTime now = now();
        Letter letter = new Letter();
        letter.publicId = UUID.randomUUID().toString();
        letter.campaignSlug = input.campaignSlug();
        letter.ward = input.ward();
        letter.alderName = input.alderName();
        letter.alderEmail = input.alderEmail();
        letter.residentName = input.residentName();
        letter.residentEmail = input.residentEmail();
        letter.streetAddress = input.streetAddress();
        letter.language = input.language();
        letter.subject = input.subject();
        letter.body = input.body();
        letter.personalised = input.personalised();
        letter.mode = input.mode();
        letter.ccResident = input.ccResident();
        letter.source = input.source();
        letter.senderName = input.senderName();
        letter.senderAddress = input.senderAddress();
        letter.dedupeKey = input.dedupeKey();
        letter.residentKey = input.residentKey();
        letter.createdAt = now;
        if (input.mode() == DeliveryMode.LINK) {
            letter.status = LetterStatus.HANDED_OVER;
        } else if (input.needsConfirmation()) {
            letter.status = LetterStatus.PENDING_CONFIRMATION;
            letter.confirmExpiresAt = now.plus(confirmationExpiry);
        } else {
            letter.status = LetterStatus.QUEUED;
            letter.confirmedAt = now;
        }
        letters.persist(letter);
        if (input.mode() == DeliveryMode.SERVER) {
            enqueue(
                    letter,
                    input.needsConfirmation() ? OutboxMessage.Kind.CONFIRMATION : OutboxMessage.Kind.LETTER,
                    now);
        }
        letters.flush();
        return LetterReceipt.of(letter);
    }

    /** Whether a server letter holds this dedupe key (same email, alder and campaign, not expired or failed). */
    boolean hasLetter(String dedupeKey) {
        return letters.findByDedupeKey(dedupeKey).isPresent();
    }

    /** A letter's receipt, or a repeat receipt's: the two answer alike. */
    Optional<LetterReceipt> findByPublicId(String publicId) {
        return letters.findByPublicId(publicId)
                .map(LetterReceipt::of)
                .or(() -> repeats.findByPublicId(publicId).map(RepeatReceipt::receipt));
    }

    Optional<ConfirmationPreview> previewConfirmation(String tokenHash) {
        return letters.findByConfirmTokenHash(tokenHash)
                .map(l -> new ConfirmationPreview(
                        l.language, l.alderName, l.ward, l.residentName, l.subject, l.body, l.status));
    }

    /**
     * The receipt a new letter would have been given, for a submission that repeats the letter holding
     * {@code dedupeKey}; empty when that letter let go of the key meanwhile (then the submission may be a letter).
     */
    Optional<LetterReceipt> insertRepeat(NewLetter input, Duration confirmationExpiry) {
        Optional<Letter> original = letters.findByDedupeKey(input.dedupeKey());
        if (original.isEmpty()) {
            return Optional.empty();
        }
        OffsetDateTime now = now();
        RepeatReceipt repeat = new RepeatReceipt();
        repeat.publicId = UUID.randomUUID().toString();
        repeat.letterId = original.get().id;
        repeat.campaignSlug = input.campaignSlug();
        repeat.ward = input.ward();
        repeat.alderName = input.alderName();
        repeat.createdAt = now;
        if (input.needsConfirmation()) {
            repeat.status = LetterStatus.PENDING_CONFIRMATION;
            repeat.confirmExpiresAt = now.plus(confirmationExpiry);
        } else {
            repeat.status = LetterStatus.QUEUED;
        }
        repeats.persist(repeat);
        repeats.flush();
        return Optional.of(repeat.receipt());
    }

    /**
     * Queues the notice to the owner of the letter that a repeat receipt stands for: a new one, or the letter's
     * earlier notice again once that one is settled. A notice still waiting covers this repeat too; whether it
     * may go today is the dispatcher's decision ({@link MailAllowances}). Two repeats racing to queue the first
     * notice: the loser fails on the outbox's unique (letter, kind) key, and the winner's notice covers both.
     */
    void queueRepeatNotice(String publicId) {
        RepeatReceipt repeat = repeats.findByPublicId(publicId).orElseThrow();
        OffsetDateTime now = now();
        Optional<OutboxMessage> earlier = outbox.find(
                        "letterId = ?1 and kind = ?2", repeat.letterId, OutboxMessage.Kind.REPEAT_NOTICE)
                .firstResultOptional();
        if (earlier.isEmpty()) {
            enqueue(letters.findById(repeat.letterId), OutboxMessage.Kind.REPEAT_NOTICE, now);
            outbox.flush();
        } else {
            outbox.requeueSettled(earlier.get().id, now);
        }
    }

    /**
     * The confirmation link was opened: queue the letter, once. The state change is a conditional UPDATE, so
     * two confirmations racing each other (a double click, two instances) queue it only once.
     */
    Optional<ConfirmationOutcome> confirm(String tokenHash) {
        Optional<Letter> found = letters.findByConfirmTokenHash(tokenHash);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Letter letter = found.get();
        OffsetDateTime now = now();
        int won = letters.queueIfConfirmable(letter.id, now);
        letters.reload(letter);
        if (won == 1) {
            outbox.retireConfirmationRequests(letter.id);
            enqueue(letter, OutboxMessage.Kind.LETTER, now);
            return Optional.of(new ConfirmationOutcome(LetterReceipt.of(letter), ConfirmationOutcome.Result.CONFIRMED));
        }
        if (letter.status == LetterStatus.PENDING_CONFIRMATION) {
            expire(letter);
            letters.reload(letter);
        }
        ConfirmationOutcome.Result result = letter.status == LetterStatus.EXPIRED
                ? ConfirmationOutcome.Result.EXPIRED
                : ConfirmationOutcome.Result.ALREADY_CONFIRMED;
        return Optional.of(new ConfirmationOutcome(LetterReceipt.of(letter), result));
    }

    /** Unconfirmed letters past their window expire and free their resident to submit again. */
    int expireUnconfirmed() {
        repeats.expireUnconfirmedPast(now());
        return (int)
                letters.listUnconfirmedPast(now()).stream().filter(this::expire).count();
    }

    /**
     * Records a link-mode report; repeating one is harmless. Empty when the letter is unknown. Two identical
     * reports racing each other: the loser fails on the unique (letter, kind) key, see {@link LetterTracking}.
     */
    Optional<LetterReceipt> recordEvent(String publicId, LetterEvent.Kind kind) {
        Optional<Letter> letter = letters.findByPublicId(publicId);
        letter.ifPresent(found -> {
            if (!events.exists(found.id, kind)) {
                LetterEvent event = new LetterEvent();
                event.letterId = found.id;
                event.kind = kind;
                event.createdAt = now();
                events.persistAndFlush(event);
            }
        });
        return letter.map(LetterReceipt::of);
    }

    /** Expires a letter that still waits for confirmation; false when it was confirmed meanwhile. */
    private boolean expire(Letter letter) {
        boolean won = letters.expireIfUnconfirmed(letter.id) == 1;
        if (won) {
            outbox.retireConfirmationRequests(letter.id);
        }
        return won;
    }

    private void enqueue(Letter letter, OutboxMessage.Kind kind, OffsetDateTime now) {
        OutboxMessage message = new OutboxMessage();
        message.letterId = letter.id;
        message.kind = kind;
        // Confirmation requests and repeat notices go to the letter's own resident, never to the one who repeated it.
        message.recipient = kind == OutboxMessage.Kind.LETTER ? letter.alderEmail : letter.residentEmail;
        message.status = OutboxMessage.Status.PENDING;
        message.attempts = 0;
        message.nextAttemptAt = now;
        message.createdAt = now;
        outbox.persist(message);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
