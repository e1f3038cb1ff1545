package org.aldermail.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Counts letters by status and the outbox backlog with two GROUP BY queries over the rows themselves. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class DeliveryTallies {

    private static final List<OutboxMessage.Status> WAITING =
            List.of(OutboxMessage.Status.PENDING, OutboxMessage.Status.SENDING);

    private final LetterRepository letters;

    DeliveryTallies(LetterRepository letters) {
        this.letters = letters;
    }

    DeliveryTally now() {
        Map<LetterStatus, Long> byStatus = new EnumMap<>(LetterStatus.class);
        letters.getEntityManager()
                .createQuery("select l.status, count(l) from Letter l group by l.status", Object[].class)
                .getResultList()
                .forEach(row -> byStatus.put((LetterStatus) row[0], (Long) row[1]));
        Map<OutboxMessage.Kind, Long> backlog = new EnumMap<>(OutboxMessage.Kind.class);
        OffsetDateTime oldest = null;
        for (Object[] row : letters.getEntityManager()
                .createQuery(
                        "select o.kind, count(o), min(o.createdAt) from OutboxMessage o where o.status in :waiting"
                                + " group by o.kind",
                        Object[].class)
                .setParameter("waiting", WAITING)
                .getResultList()) {
            backlog.put((OutboxMessage.Kind) row[0], (Long) row[1]);
            OffsetDateTime created = (OffsetDateTime) row[2];
            if (oldest == null || created.isBefore(oldest)) {
                oldest = created;
            }
        }
        return new DeliveryTally(byStatus, backlog, Optional.ofNullable(oldest));
    }
}
