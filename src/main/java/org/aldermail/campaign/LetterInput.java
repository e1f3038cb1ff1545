package org.aldermail.campaign;

import java.util.Optional;
import org.aldermail.web.FieldRules;

/**
 * Checks and tidies what a resident types before it goes into a letter. One-line fields (name, address, subject)
 * may hold no control, line-separator or invisible formatting characters at all: they end up in mail headers and
 * in the signature, where a line break or a bidirectional override would change what the office reads. Multi-line
 * fields (body, personal sentence) keep their line breaks and tabs, written as LF.
 *
 * <p>Lengths count UTF-16 code units, as Java, a browser's {@code maxlength} and H2's columns do (an emoji counts
 * two; PostgreSQL counts it one, so the limit holds on both). Each limit is the size of the column the field is
 * stored in ({@code LetterColumnsTest} compares them with the schema).
 */
public final class LetterInput {

    public static final int MAX_NAME = 100;
    public static final int MAX_ADDRESS = 200;
    public static final int MAX_SUBJECT = 200;
    public static final int MAX_BODY = 20_000;
    public static final int MAX_PERSONAL_NOTE = 1_000;

    /**
     * The letter as sent: addressee, salutation, the campaign's text or the resident's {@value #MAX_BODY}-character
     * edit, the personal sentence, closing, signature and footnotes. Room for the longest edit with everything
     * around it; a campaign whose placeholders make a letter longer is refused ({@link LetterTooLong}).
     */
    public static final int MAX_LETTER = 50_000;

    /** The subject as sent: the resident's own ({@value #MAX_SUBJECT}) or the campaign's, placeholders filled. */
    public static final int MAX_LETTER_SUBJECT = 300;

    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final int ZERO_WIDTH_JOINER = 0x200D;

    private LetterInput() {}

    /** The resident's name as it goes in the signature (and delivery's From line). */
    public static String name(String value) {
        return requiredLine("name", value, MAX_NAME);
    }

    /** The resident's street address, as it goes in the signature. */
    public static String address(String value) {
        return requiredLine("address", value, MAX_ADDRESS);
    }

    /** The resident's own subject line; empty when none was given (null or blank). */
    public static Optional<String> subject(String value) {
        return isBlank(value) ? Optional.empty() : Optional.of(line("subject", value, MAX_SUBJECT));
    }

    /** The resident's edit of the body; empty when none was given (null or blank). */
    public static Optional<String> body(String value) {
        return isBlank(value) ? Optional.empty() : Optional.of(text("body", value, MAX_BODY));
    }

    /** The optional "why this matters to me" sentence, trimmed; empty when none was given (null or blank). */
    public static Optional<String> personalNote(String value) {
        return isBlank(value)
                ? Optional.empty()
                : Optional.of(text("personalNote", value, MAX_PERSONAL_NOTE).strip());
    }

    /** Which rule a one-line value breaks ({@link FieldRules#ONE_LINE} or {@link FieldRules#TOO_LONG}), if any. */
    public static Optional<String> lineProblem(String value, int maxLength) {
        if (value.codePoints().anyMatch(LetterInput::isForbidden)) {
            return Optional.of(FieldRules.ONE_LINE);
        }
        return tooLong(value.strip(), maxLength);
    }

    /** Which rule a multi-line text breaks ({@link FieldRules#CONTROL_CHARACTER} or {@link FieldRules#TOO_LONG}). */
    public static Optional<String> textProblem(String value, int maxLength) {
        String normalized = normalizedText(value);
        return tooLong(normalized, maxLength)
                .or(() -> normalized.codePoints().anyMatch(c -> c != '\n' && c != '\t' && isForbidden(c))
                        ? Optional.of(FieldRules.CONTROL_CHARACTER)
                        : Optional.empty());
    }

    private static String requiredLine(String field, String value, int maxLength) {
        if (isBlank(value)) {
            throw new InvalidLetterFieldException(field, FieldRules.REQUIRED, maxLength);
        }
        return line(field, value, maxLength);
    }

    /** Checked before trimming: a trailing CR LF is an injection attempt, not white space to tidy away. */
    private static String line(String field, String value, int maxLength) {
        lineProblem(value, maxLength).ifPresent(rule -> {
            throw new InvalidLetterFieldException(field, rule, maxLength);
        });
        return value.strip();
    }

    private static String text(String field, String value, int maxLength) {
        textProblem(value, maxLength).ifPresent(rule -> {
            throw new InvalidLetterFieldException(field, rule, maxLength);
        });
        return normalizedText(value);
    }

    /** Line ends become LF; leading blank lines and trailing white space go; everything else stays as written. */
    private static String normalizedText(String value) {
        return value.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace("\u2028", "\n")
                .replace("\u2029", "\n\n")
                .replaceFirst("^(?:[ \\t]*\\n)+", "")
                .stripTrailing();
    }

    private static Optional<String> tooLong(String value, int maxLength) {
        return value.length() > maxLength ? Optional.of(FieldRules.TOO_LONG) : Optional.empty();
    }

    private static boolean isForbidden(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE
                || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE
                || (type == Character.FORMAT && c != ZERO_WIDTH_NON_JOINER && c != ZERO_WIDTH_JOINER);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
