package org.aldermail.delivery;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Link-mode reports; the unique (letter, kind) key keeps at most one of each kind per letter. */
@ApplicationScoped
class LetterEventRepository implements PanacheRepository<LetterEvent> {

    boolean exists(long letterId, LetterEvent.Kind kind) {
        return count("letterId = ?1 and kind = ?2", letterId, kind) > 0;
    }
}
