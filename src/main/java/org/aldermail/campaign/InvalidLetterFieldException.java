package org.aldermail.campaign;

/**
 * A resident's input that cannot go into a letter: missing, too long, or holding control characters.
 *
 * @see LetterInput
 */
public class InvalidLetterFieldException extends RuntimeException {

    private final String field;
    private final String rule;
    private final int max;

    /** @param rule one of {@link org.aldermail.web.FieldRules}; {@code max} is the length limit of the field */
    public InvalidLetterFieldException(String field, String rule, int max) {
        super(field + ": " + rule, null, false, false);
        this.field = field;
        this.rule = rule;
        this.max = max;
    }

    /**
     * The request's name for it: {@code name}, {@code address}, {@code subject}, {@code body} or
     * {@code personalNote}.
     */
    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }

    public int max() {
        return max;
    }
}
