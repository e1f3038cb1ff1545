package org.aldermail.delivery;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.aldermail.abuse.ServerSecret;

/**
 * The daily allowance of mail aldermail sends a resident on its own account, counted in the database so every
 * instance shares it: one confirmation request per address and campaign, one repeat notice per letter, in any
 * 24 hours. Over it, the mail is dropped without a word to the submitter (their answer does not change).
 *
 * <p>The allowance belongs to one outbox mail (its id and when it was queued), so that mail's own retries still go;
 * keys are keyed hashes, so the table holds no address.
 */
@ApplicationScoped
class MailAllowances implements PanacheRepositoryBase<MailAllowance, String> {

    static final Duration PERIOD = Duration.ofDays(1);

    private final ServerSecret secret;
    private final Clock clock;

    MailAllowances(ServerSecret secret, Clock clock) {
        this.secret = secret;
        this.clock = clock;
    }

    /** Whether this mail may go now: a mail we write ourselves, not a letter. */
    boolean allows(OutgoingMail mail) {
        String key = switch (mail.kind()) {
            case CONFIRMATION ->
                "confirmation\n" + mail.campaignSlug() + "\n"
                        + mail.residentEmail().toLowerCase(Locale.ROOT);
            case REPEAT_NOTICE -> "repeat-notice\n" + mail.letterId();
            case LETTER, TEST -> throw new IllegalArgumentException("Only mail to residents is allowed per day");
        };
        return take(
                secret.hmacHex("mail-allowance", key),
                mail.outboxId() + "@" + mail.createdAt().toInstant().toEpochMilli());
    }

    private boolean take(String key, String holder) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        try {
            return QuarkusTransaction.requiringNew().call(() -> takeNow(key, holder, now));
        } catch (PersistenceException | QuarkusTransactionException anotherMailTookIt) {
            // Two first mails for one key at once: the primary key let one in, and it was not this one.
            return false;
        }
    }

    private boolean takeNow(String key, String holder, OffsetDateTime now) {
        MailAllowance held = findById(key);
        if (held == null) {
            MailAllowance fresh = new MailAllowance();
            fresh.key = key;
            fresh.holder = holder;
            fresh.grantedAt = now;
            persistAndFlush(fresh);
            return true;
        }
        if (held.holder.equals(holder)) {
            return true;
        }
        // A conditional UPDATE: of two instances taking an expired allowance at once, exactly one changes the row.
        return update(
                        "holder = :holder, grantedAt = :now where key = :key and grantedAt <= :since",
                        Parameters.with("holder", holder)
                                .and("now", now)
                                .and("key", key)
                                .and("since", now.minus(PERIOD)))
                == 1;
    }
}
