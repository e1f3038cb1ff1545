package org.aldermail.campaign;

import java.util.Optional;

/**
 * Checks and tidies what a resident types before it goes into a letter. One-line fields (name, address, subject)
 * may hold no control, line-separator or invisible formatting characters at all: they end up in mail headers and
 * in the signature, where a line break or a bidirectional override would change what the office reads. Multi-line
 * fields (body, personal sentence) keep their line breaks and tabs, written as LF. Lengths count characters.
 */
public final class LetterInput {

    public static final int MAX_NAME = 100;
    public static final int MAX_ADDRESS = 200;
    public static final int MAX_SUBJECT = 200;
    public static final int MAX_BODY = 20_000;
    public static final int MAX_PERSONAL_NOTE = 1_000;

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

    private static String requiredLine(String field, String value, int maxLength) {
        if (isBlank(value)) {
            throw new InvalidLetterFieldException(field, "'" + field + "' is required.");
        }
        return line(field, value, maxLength);
    }

    /** Checked before trimming: a trailing CR LF is an injection attempt, not white space to tidy away. */
    private static String line(String field, String value, int maxLength) {
        value.codePoints().filter(LetterInput::isForbidden).findFirst().ifPresent(c -> {
            throw new InvalidLetterFieldException(
                    field,
                    "'" + field + "' must be a single line without control" + " characters (found " + describe(c)
                            + ").");
        });
        String stripped = value.strip();
        checkLength(field, stripped, maxLength);
        return stripped;
    }

    /** Line ends become LF; leading blank lines and trailing white space go; everything else stays as written. */
    private static String text(String field, String value, int maxLength) {
        String normalized = value.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace("\u2028", "\n")
                .replace("\u2029", "\n\n")
                .replaceFirst("^(?:[ \\t]*\\n)+", "")
                .stripTrailing();
        checkLength(field, normalized, maxLength);
        normalized
                .codePoints()
                .filter(c -> c != '\n' && c != '\t' && isForbidden(c))
                .findFirst()
                .ifPresent(c -> {
                    throw new InvalidLetterFieldException(
                            field, "'" + field + "' contains a control character (" + describe(c) + ").");
                });
        return normalized;
    }

    private static void checkLength(String field, String value, int maxLength) {
        if (value.codePointCount(0, value.length()) > maxLength) {
            throw new InvalidLetterFieldException(
                    field, "'" + field + "' is longer than " + maxLength + " characters.");
        }
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

    private static String describe(int c) {
        return String.format("U+%04X", c);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
