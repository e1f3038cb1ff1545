package org.aldermail.web;

/** Character rules for text that residents type. */
public final class TextChecks {

    private TextChecks() {
    }

    /**
     * True when the text has no control, format, line/paragraph-separator, private-use, unassigned or lone
     * surrogate character: nothing that could end a mail header line or hide in it.
     */
    public static boolean isSingleLine(String text) {
        return text.codePoints().allMatch(TextChecks::isVisibleOrSpace);
    }

    /** Like {@link #isSingleLine} but also allows line breaks and tabs (letter bodies). */
    public static boolean isMultiLine(String text) {
        return text.codePoints().allMatch(c -> c == '\n' || c == '\r' || c == '\t' || isVisibleOrSpace(c));
    }

    private static boolean isVisibleOrSpace(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED -> false;
            default -> true;
        };
    }
}
