package org.aldermail.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Locale;

/** What a link-mode resident reported: at most one of each kind per letter. */
@Entity
@Table(name = "letter_event")
class LetterEvent {

    enum Kind {
        OPENED,
        SELF_REPORTED;

        static java.util.Optional<Kind> fromApiName(String name) {
            for (Kind kind : values()) {
                if (kind.name().toLowerCase(Locale.ROOT).equals(name)) {
                    return java.util.Optional.of(kind);
                }
            }
            return java.util.Optional.empty();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "letter_id", nullable = false)
    Long letterId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    Kind kind;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
}
