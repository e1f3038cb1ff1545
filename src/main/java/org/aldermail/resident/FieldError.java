package org.aldermail.resident;

import java.util.List;

/**
 * One problem with what the resident typed, in their language, shown next to the field it concerns.
 *
 * @param field   the form field's name (and the id of its input), e.g. {@code address}
 * @param message what is wrong and how to fix it
 * @param options values the resident can pick instead (suggested streets, directions), each a submit button
 * @param notes   extra lines to show with the message (the number ranges of a street)
 */
public record FieldError(String field, String message, List<String> options, List<String> notes) {

    public FieldError {
        options = List.copyOf(options);
        notes = List.copyOf(notes);
    }

    public static FieldError of(String field, String message) {
        return new FieldError(field, message, List.of(), List.of());
    }
}
