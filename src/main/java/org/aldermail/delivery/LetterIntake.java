package org.aldermail.delivery;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import java.util.function.Consumer;
import org.aldermail.abuse.RateLimits;
import org.aldermail.abuse.ServerSecret;
import org.aldermail.campaign.Letter;
import org.aldermail.campaign.LetterRequest;
import org.aldermail.campaign.LetterService;
import org.aldermail.web.Sha256;

/**
 * Takes in a checked letter: renders it, counts it against the rate limits, and stores it with its first outbox mail
 * in one transaction. API and pages both come through here, so every letter is counted once.
 *
 * <p>One server letter per resident email, alder and campaign. A submission that repeats one (later, or racing it
 * and losing to the database's unique constraint) is not told so: it gets a receipt exactly like a new letter's,
 * kept as a {@link RepeatReceipt} so that tracking it reads like a new unconfirmed letter too, and the letter's
 * owner is emailed instead (at most once a day per letter). Otherwise the answer would tell anyone whether, and
 * when, an address wrote.
 */
@ApplicationScoped
public class LetterIntake {

    private final LetterService letters;
    private final LetterStore store;
    private final DeliveryConfig config;
    private final RateLimits rateLimits;
    private final ServerSecret secret;

    LetterIntake(
            LetterService letters,
            LetterStore store,
            DeliveryConfig config,
            RateLimits rateLimits,
            ServerSecret secret) {
        this.letters = letters;
        this.store = store;
        this.config = config;
        this.rateLimits = rateLimits;
        this.secret = secret;
    }

    /** What became of a letter: stored, repeating a stored one, or rolled back by an Idempotency-Key twin. */
    sealed interface Outcome permits Stored, LostRace {}

    /**
     * @param letter the new letter, or the repeat receipt standing in for it
     * @param repeat whether it is a repeat receipt (its letter's owner is told)
     */
    record Stored(SentLetter letter, boolean repeat) implements Outcome {}

    /** Another request with the same Idempotency-Key committed its answer first. */
    record LostRace() implements Outcome {}

    /**
     * The stored letter, or the receipt of a repeat (see the class comment).
     *
     * @throws org.aldermail.campaign.LetterTooLong the filled-in letter is too long
     * @throws org.aldermail.abuse.RateLimited      over a rate limit; nothing was stored
     */
    public SentLetter accept(CheckedLetter letter) {
        Outcome outcome = accept(letter, sent -> {});
        if (outcome instanceof Stored stored) {
            return stored.letter();
        }
        throw new TwinNotFound();
    }

    /**
     * Stores the letter, or its repeat receipt, and runs {@code alsoInTransaction} in the same transaction (e.g. an
     * Idempotency-Key's answer).
     */
    Outcome accept(CheckedLetter letter, Consumer<SentLetter> alsoInTransaction) {
        NewLetter rendered = render(letter);
        RateLimits.Attempt attempt = new RateLimits.Attempt(
                letter.campaign().slug(),
                letter.campaign().lettersPerClientPerHour(),
                letter.client(),
                Optional.ofNullable(letter.email()).map(EmailAddress::canonical),
                letter.ward());
        // A repeat is seen before the insert in the usual case, and in a second round when it raced the letter and
        // lost to the database's unique constraint.
        for (int round = 0; round < 2; round++) {
            Stored stored;
            try {
                stored = QuarkusTransaction.requiringNew().call(() -> store(rendered, attempt, alsoInTransaction));
            } catch (PersistenceException | QuarkusTransactionException concurrentTwin) {
                if (rendered.dedupeKey() == null || !store.hasLetter(rendered.dedupeKey())) {
                    return new LostRace();
                }
                continue;
            }
            if (stored.repeat()) {
                queueRepeatNotice(stored.letter());
            }
            return stored;
        }
        return new LostRace();
    }

    /**
     * One transaction: the letter or its repeat receipt, what the caller adds, and the rate limits counted last (a
     * refused attempt rolls it all back).
     */
    private Stored store(NewLetter rendered, RateLimits.Attempt attempt, Consumer<SentLetter> alsoInTransaction) {
        Optional<LetterReceipt> repeat = rendered.dedupeKey() != null && store.hasLetter(rendered.dedupeKey())
                ? store.insertRepeat(rendered, config.confirmationExpiry())
                : Optional.empty();
        SentLetter sent;
        if (repeat.isPresent()) {
            sent = new SentLetter(repeat.get(), null);
        } else {
            LetterReceipt receipt = store.insert(rendered, config.confirmationExpiry());
            sent = new SentLetter(
                    receipt,
                    rendered.mode() == DeliveryMode.LINK
                            ? LinkLetter.of(receipt, rendered.alderEmail(), links(rendered))
                            : null);
        }
        alsoInTransaction.accept(sent);
        rateLimits.count(attempt);
        return new Stored(sent, repeat.isPresent());
    }

    private void queueRepeatNotice(SentLetter repeat) {
        try {
            QuarkusTransaction.requiringNew()
                    .run(() -> store.queueRepeatNotice(repeat.letter().id()));
        } catch (PersistenceException | QuarkusTransactionException concurrentRepeat) {
            // Another repeat queued the owner's notice at the same moment; that one notice covers both.
        }
    }

    private NewLetter render(CheckedLetter letter) {
        Letter rendered = letters.render(
                letter.campaign(),
                new LetterRequest(
                        letter.campaign().slug(),
                        letter.ward(),
                        letter.name(),
                        letter.address(),
                        letter.language(),
                        letter.subject(),
                        letter.body(),
                        letter.personalNote(),
                        letter.email() == null ? letter.name() : letter.email().canonical()));
        boolean server = letter.mode() == DeliveryMode.SERVER;
        return new NewLetter(
                letter.campaign().slug(),
                letter.ward(),
                rendered.alder().name(),
                rendered.alder().email(),
                letter.name().strip(),
                letter.email() == null ? null : letter.email().value(),
                letter.address().strip(),
                letter.language().code(),
                rendered.subject(),
                rendered.body(),
                rendered.personalised(),
                letter.mode(),
                letter.ccResident(),
                letter.source(),
                letter.campaign().sender().name(),
                letter.campaign().sender().address(),
                server && letter.campaign().confirmSender().orElse(config.confirmSender()),
                dedupeKey(letter, rendered.alder().email()),
                residentKey(letter));
    }

    /** Whom the letter counts for: its resident's email, or without one the client that sent it in (keyed hashes). */
    private String residentKey(CheckedLetter letter) {
        return letter.email() == null
                ? secret.hmacHex(
                        "counted-resident", "client\n" + letter.client().value())
                : secret.hmacHex("counted-resident", "email\n" + letter.email().canonical());
    }

    private static String dedupeKey(CheckedLetter letter, String alderEmail) {
        if (letter.mode() != DeliveryMode.SERVER) {
            return null;
        }
        return Sha256.hex(String.join(
                "\n",
                letter.campaign().slug(),
                letter.email().canonical(),
                alderEmail.toLowerCase(java.util.Locale.ROOT)));
    }

    private ComposeLinks links(NewLetter letter) {
        DeliveryMessages messages = MessageBundles.get(DeliveryMessages.class, Localized.Literal.of(letter.language()));
        return ComposeLinks.of(
                letter.alderEmail(),
                letter.subject(),
                letter.body(),
                messages.link_shortened(),
                config.maxLinkLength());
    }

    /** A twin that made this letter's transaction fail, then could not be found: not a state the data allows. */
    static class TwinNotFound extends IllegalStateException {
        TwinNotFound() {
            super("The letter's transaction failed and no earlier twin exists");
        }
    }
}
