package org.aldermail.campaign;

/**
 * A resident's input that cannot go into a letter: missing, too long, or holding control characters
 * (400 {@code invalid-parameter}, naming the field).
 *
 * @see LetterInput
 */
public class InvalidLetterFieldException extends RuntimeException {

    private final String field;

    public InvalidLetterFieldException(String field, String detail) {
        super(detail);
        this.field = field;
    }

    /**
     * The request's name for it: {@code name}, {@code address}, {@code subject}, {@code body} or
     * {@code personalNote}.
     */
    public String field() {
        return field;
    }
}
