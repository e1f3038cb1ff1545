package org.aldermail.resident;

import java.util.List;
import java.util.Optional;

/** The problems of one form, in field order; templates ask each field for its own. */
public record FieldErrors(List<FieldError> all) {

    public static final FieldErrors NONE = new FieldErrors(List.of());

    public FieldErrors {
        all = List.copyOf(all);
    }

    public static FieldErrors of(FieldError... errors) {
        return new FieldErrors(List.of(errors));
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    public boolean has(String field) {
        return find(field).isPresent();
    }

    /** The message for a field, or an empty string when it has none. */
    public String message(String field) {
        return find(field).map(FieldError::message).orElse("");
    }

    public List<String> options(String field) {
        return find(field).map(FieldError::options).orElse(List.of());
    }

    public List<String> notes(String field) {
        return find(field).map(FieldError::notes).orElse(List.of());
    }

    private Optional<FieldError> find(String field) {
        return all.stream().filter(e -> e.field().equals(field)).findFirst();
    }
}
