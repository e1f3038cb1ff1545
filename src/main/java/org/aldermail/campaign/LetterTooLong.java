package org.aldermail.campaign;

/**
 * The letter as it would be sent, filled in, is longer than a letter may be ({@link LetterInput#MAX_LETTER} or
 * {@link LetterInput#MAX_LETTER_SUBJECT}): every field kept its own limit, but together with the campaign's text they
 * do not fit. Refused before anything is stored.
 *
 * @param field {@code body} or {@code subject}: the part to shorten
 */
public class LetterTooLong extends RuntimeException {

    private final String field;
    private final int max;

    LetterTooLong(String field, int max) {
        super("The rendered " + field + " is longer than " + max + " characters", null, false, false);
        this.field = field;
        this.max = max;
    }

    public String field() {
        return field;
    }

    public int max() {
        return max;
    }
}
