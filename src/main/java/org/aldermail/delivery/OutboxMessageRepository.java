package org.aldermail.delivery;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The outbox rows. A claim is a conditional UPDATE, portable to H2 and PostgreSQL, so several app instances
 * can share one outbox without row locks held across a send.
 */
@ApplicationScoped
class OutboxMessageRepository implements PanacheRepository<OutboxMessage> {

    private static final String DUE = """
            ((status = :pending and nextAttemptAt <= :now) or (status = :sending and claimedUntil < :now))""";

    List<Long> dueIds(OffsetDateTime now, int limit) {
        return find("select id from OutboxMessage where " + DUE + " order by nextAttemptAt, id", due(now))
                .project(Long.class)
                .range(0, limit - 1)
                .list();
    }

    /** Takes the row under this claim if it is still due; 1 when this call took it, 0 when another was first. */
    int claim(long id, String claim, OffsetDateTime now, OffsetDateTime until) {
        return update(
                "status = :sending, claimedBy = :claim, claimedUntil = :until where id = :id and " + DUE,
                due(now).and("claim", claim).and("until", until).and("id", id));
    }

    /** Moves every pending row due by {@code now} to {@code until}; claimed rows are their holders' to settle. */
    int deferDue(OffsetDateTime now, OffsetDateTime until) {
        return update(
                "nextAttemptAt = :until where status = :pending and nextAttemptAt <= :now",
                Parameters.with("until", until)
                        .and("pending", OutboxMessage.Status.PENDING)
                        .and("now", now));
    }

    /** The row, locked until the transaction ends, so settling it and taking it over cannot interleave. */
    Optional<OutboxMessage> findLocked(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** When the letters sent to one alder since a moment went out, newest first, at most {@code limit}. */
    List<OffsetDateTime> letterSendTimes(String alderEmail, OffsetDateTime since, int limit) {
        return find(
                        """
                        select sentAt from OutboxMessage
                        where recipient = :recipient and kind = :letter and status = :sent and sentAt > :since
                        order by sentAt desc""",
                        Parameters.with("recipient", alderEmail)
                                .and("letter", OutboxMessage.Kind.LETTER)
                                .and("sent", OutboxMessage.Status.SENT)
                                .and("since", since))
                .project(OffsetDateTime.class)
                .range(0, limit - 1)
                .list();
    }

    /** A confirmation request still waiting to go out is not needed any more. */
    void retireConfirmationRequests(long letterId) {
        update(
                "status = :failed, lastError = 'not needed any more'"
                        + " where letterId = :id and kind = :confirmation and status = :pending",
                Parameters.with("failed", OutboxMessage.Status.FAILED)
                        .and("pending", OutboxMessage.Status.PENDING)
                        .and("confirmation", OutboxMessage.Kind.CONFIRMATION)
                        .and("id", letterId));
    }

    /** Queues a settled mail (sent, failed or dropped) again, as new; 0 when it is still waiting or being sent. */
    int requeueSettled(long id, OffsetDateTime now) {
        return update(
                "status = :pending, attempts = 0, nextAttemptAt = :now, createdAt = :now, sentAt = null,"
                        + " lastError = null where id = :id and status in :settled",
                Parameters.with("pending", OutboxMessage.Status.PENDING)
                        .and("now", now)
                        .and("id", id)
                        .and(
                                "settled",
                                java.util.List.of(
                                        OutboxMessage.Status.SENT,
                                        OutboxMessage.Status.FAILED,
                                        OutboxMessage.Status.DROPPED)));
    }

    private static Parameters due(OffsetDateTime now) {
        return Parameters.with("pending", OutboxMessage.Status.PENDING)
                .and("sending", OutboxMessage.Status.SENDING)
                .and("now", now);
    }
}
