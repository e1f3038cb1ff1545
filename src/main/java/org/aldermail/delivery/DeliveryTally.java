package org.aldermail.delivery;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * The database's letters by status and the outbox mail still to go out, counted at one moment.
 *
 * @param oldestWaiting when the longest-waiting mail of the backlog was queued
 */
record DeliveryTally(
        Map<LetterStatus, Long> letters,
        Map<OutboxMessage.Kind, Long> backlog,
        Optional<OffsetDateTime> oldestWaiting) {

    DeliveryTally {
        letters = Map.copyOf(letters);
        backlog = Map.copyOf(backlog);
    }

    long letters(LetterStatus status) {
        return letters.getOrDefault(status, 0L);
    }

    long backlog(OutboxMessage.Kind kind) {
        return backlog.getOrDefault(kind, 0L);
    }
}
