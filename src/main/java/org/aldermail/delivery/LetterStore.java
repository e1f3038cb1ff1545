package org.aldermail.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Letters and their outbox rows; a letter and its first mail are always written in one transaction. */
@ApplicationScoped
@Transactional
class LetterStore {

    private final EntityManager em;

    LetterStore(EntityManager em) {
        this.em = em;
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
        em.persist(letter);
        if (input.mode() == DeliveryMode.SERVER) {
            enqueue(
                    letter,
                    input.needsConfirmation() ? OutboxMessage.Kind.CONFIRMATION : OutboxMessage.Kind.LETTER,
                    now);
        }
        em.flush();
        return LetterReceipt.of(letter);
    }

    Optional<LetterReceipt> findByDedupeKey(String dedupeKey) {
        return em.createQuery("from Letter where dedupeKey = :key", Letter.class)
                .setParameter("key", dedupeKey)
                .getResultStream()
                .findFirst()
                .map(LetterReceipt::of);
    }

    Optional<LetterReceipt> findByPublicId(String publicId) {
        return letterByPublicId(publicId).map(LetterReceipt::of);
    }

    Optional<ConfirmationPreview> previewConfirmation(String tokenHash) {
        return em.createQuery("from Letter where confirmTokenHash = :hash", Letter.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst()
                .map(l -> new ConfirmationPreview(l.language, l.alderName, l.ward, l.subject, l.status));
    }

    /**
     * The confirmation link was opened: queue the letter, once. The state change is a conditional UPDATE, so
     * two confirmations racing each other (a double click, two instances) queue it only once.
     */
    Optional<ConfirmationOutcome> confirm(String tokenHash) {
        Optional<Letter> found = em.createQuery("from Letter where confirmTokenHash = :hash", Letter.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Letter letter = found.get();
        OffsetDateTime now = now();
        int won = em.createQuery("""
                update Letter l set l.status = :queued, l.confirmedAt = :now
                where l.id = :id and l.status = :pending and l.confirmExpiresAt >= :now""")
                .setParameter("queued", LetterStatus.QUEUED)
                .setParameter("pending", LetterStatus.PENDING_CONFIRMATION)
                .setParameter("now", now)
                .setParameter("id", letter.id)
                .executeUpdate();
        em.refresh(letter);
        if (won == 1) {
            retireConfirmationRequests(letter);
            enqueue(letter, OutboxMessage.Kind.LETTER, now);
            return Optional.of(new ConfirmationOutcome(LetterReceipt.of(letter), ConfirmationOutcome.Result.CONFIRMED));
        }
        if (letter.status == LetterStatus.PENDING_CONFIRMATION) {
            expire(letter);
            em.refresh(letter);
        }
        ConfirmationOutcome.Result result = letter.status == LetterStatus.EXPIRED
                ? ConfirmationOutcome.Result.EXPIRED
                : ConfirmationOutcome.Result.ALREADY_CONFIRMED;
        return Optional.of(new ConfirmationOutcome(LetterReceipt.of(letter), result));
    }

    /** Unconfirmed letters past their window expire and free their resident to submit again. */
    int expireUnconfirmed() {
        List<Letter> stale = em.createQuery(
                        "from Letter where status = :pending and confirmExpiresAt < :now", Letter.class)
                .setParameter("pending", LetterStatus.PENDING_CONFIRMATION)
                .setParameter("now", now())
                .getResultList();
        return (int) stale.stream().filter(this::expire).count();
    }

    /**
     * Records a link-mode report; repeating one is harmless. Empty when the letter is unknown. Two identical
     * reports racing each other: the loser fails on the unique (letter, kind) key, see {@link LetterTracking}.
     */
    Optional<LetterReceipt> recordEvent(String publicId, LetterEvent.Kind kind) {
        Optional<Letter> letter = letterByPublicId(publicId);
        letter.ifPresent(found -> {
            long existing = em.createQuery(
                            "select count(e) from LetterEvent e where e.letterId = :id and e.kind = :kind", Long.class)
                    .setParameter("id", found.id)
                    .setParameter("kind", kind)
                    .getSingleResult();
            if (existing == 0) {
                LetterEvent event = new LetterEvent();
                event.letterId = found.id;
                event.kind = kind;
                event.createdAt = now();
                em.persist(event);
                em.flush();
            }
        });
        return letter.map(LetterReceipt::of);
    }

    /** Expires a letter that still waits for confirmation; false when it was confirmed meanwhile. */
    private boolean expire(Letter letter) {
        int won = em.createQuery("""
                update Letter l set l.status = :expired, l.dedupeKey = null, l.confirmTokenHash = null
                where l.id = :id and l.status = :pending""")
                .setParameter("expired", LetterStatus.EXPIRED)
                .setParameter("pending", LetterStatus.PENDING_CONFIRMATION)
                .setParameter("id", letter.id)
                .executeUpdate();
        if (won == 1) {
            retireConfirmationRequests(letter);
        }
        return won == 1;
    }

    /** A confirmation request still waiting to go out is not needed any more. */
    private void retireConfirmationRequests(Letter letter) {
        em.createQuery("""
                update OutboxMessage m set m.status = :failed, m.lastError = 'not needed any more'
                where m.letterId = :id and m.kind = :confirmation and m.status = :pending""")
                .setParameter("failed", OutboxMessage.Status.FAILED)
                .setParameter("pending", OutboxMessage.Status.PENDING)
                .setParameter("confirmation", OutboxMessage.Kind.CONFIRMATION)
                .setParameter("id", letter.id)
                .executeUpdate();
    }

    private void enqueue(Letter letter, OutboxMessage.Kind kind, OffsetDateTime now) {
        OutboxMessage message = new OutboxMessage();
        message.letterId = letter.id;
        message.kind = kind;
        message.recipient = kind == OutboxMessage.Kind.LETTER ? letter.alderEmail : letter.residentEmail;
        message.status = OutboxMessage.Status.PENDING;
        message.attempts = 0;
        message.nextAttemptAt = now;
        message.createdAt = now;
        em.persist(message);
    }

    private Optional<Letter> letterByPublicId(String publicId) {
        return em.createQuery("from Letter where publicId = :id", Letter.class)
                .setParameter("id", publicId)
                .getResultStream()
                .findFirst();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
