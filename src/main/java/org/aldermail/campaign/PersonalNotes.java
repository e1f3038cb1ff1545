package org.aldermail.campaign;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the resident's personal sentence in its place as a paragraph of its own. In the campaign's body that is the
 * {@code {personalNote}} line. In a body the resident edited it is after the paragraph that preceded the marker,
 * if that paragraph is still there word for word, and otherwise at the end; the edit itself is never changed.
 */
final class PersonalNotes {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n(?:[ \\t]*\\n)*");

    private PersonalNotes() {}

    /** The campaign's own body: above the marker, the sentence, below it (empty parts left out). */
    static String between(String before, String note, String after) {
        return paragraphs(before, note, after);
    }

    /** The resident's edited body with the sentence after {@code anchor} (the paragraph above the marker). */
    static String into(String edited, String anchor, String note) {
        if (anchor.isBlank()) {
            return paragraphs(note, edited);
        }
        String wanted = canonical(lastParagraph(anchor));
        Matcher breaks = PARAGRAPH_BREAK.matcher(edited);
        int start = 0;
        while (true) {
            boolean more = breaks.find();
            int end = more ? breaks.start() : edited.length();
            if (canonical(edited.substring(start, end)).equals(wanted)) {
                return edited.substring(0, end) + "\n\n" + note + (more ? edited.substring(end) : "");
            }
            if (!more) {
                return paragraphs(edited, note);
            }
            start = breaks.end();
        }
    }

    /** Whether two bodies say the same, ignoring white space at line ends and around the whole. */
    static boolean sameText(String a, String b) {
        return canonical(a).equals(canonical(b));
    }

    private static String lastParagraph(String text) {
        String[] paragraphs = PARAGRAPH_BREAK.split(text);
        return paragraphs[paragraphs.length - 1];
    }

    private static String canonical(String text) {
        return text.lines()
                .map(String::stripTrailing)
                .reduce((a, b) -> a + "\n" + b)
                .orElse("")
                .strip();
    }

    private static String paragraphs(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            if (!part.isBlank()) {
                joined.append(joined.isEmpty() ? "" : "\n\n").append(part);
            }
        }
        return joined.toString();
    }
}
