package org.aldermail.delivery;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Header text as it goes over SMTP (RFC 5322 with RFC 2047 encoded words), written here rather than by the mail
 * library: Vert.x encodes a display name as a comment ({@code addr (=?…?=)}, shown by clients as a bare address),
 * breaks characters outside the BMP (emoji) into {@code ?}, and passes ASCII text with a typed {@code =?…?=}
 * through unchanged, where the recipient's client decodes it into a fake sender or a line break.
 *
 * <p>Plain printable ASCII goes out as it is (a display name in quotes). Anything else, including any text with
 * {@code =?} in it, becomes base64 encoded words: a decoder decodes them once, so typed encoded words arrive as
 * the literal text they were, never as another header or address. Each word stays within 75 characters and holds
 * whole characters; the words are folded onto continuation lines.
 */
final class HeaderWords {

    private static final String PREFIX = "=?UTF-8?B?";
    private static final String SUFFIX = "?=";
    /** 45 bytes make 60 base64 characters: with prefix and suffix, a word of 72, under the limit of 75. */
    private static final int MAX_BYTES_PER_WORD = 45;

    private static final String FOLD = "\r\n ";

    private HeaderWords() {}

    /** Unstructured header text, e.g. a Subject. */
    static String text(String value) {
        return plain(value) ? value : encoded(value);
    }

    /** {@code display-name <address>}; quotes, backslashes and angle brackets are dropped from the name. */
    static String mailbox(String displayName, String address) {
        String name = cleanName(displayName);
        String phrase = plain(name) ? "\"" + name + "\"" : encoded(name);
        return phrase + " <" + address + ">";
    }

    /** The name as it may appear in a display name: no quoting or address syntax of its own. */
    static String cleanName(String displayName) {
        return displayName.replaceAll("[\"\\\\<>]", "").strip();
    }

    private static boolean plain(String value) {
        return value.chars().allMatch(c -> c >= 0x20 && c < 0x7f) && !value.contains("=?");
    }

    private static String encoded(String value) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_BYTES_PER_WORD) {
                words.add(word(word.toString()));
                word.setLength(0);
                bytes = 0;
            }
            word.append(character);
            bytes += size;
            i += Character.charCount(codePoint);
        }
        if (!word.isEmpty() || words.isEmpty()) {
            words.add(word(word.toString()));
        }
        return String.join(FOLD, words);
    }

    private static String word(String text) {
        return PREFIX + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + SUFFIX;
    }
}
