package org.aldermail.campaign;

import java.util.List;

/**
 * What the letter template lays out, every piece already filled and localized.
 *
 * @param text  the body with the personal sentence in its place
 * @param notes the cited footnotes, one line each
 */
record LetterLayout(
        String addressee,
        String salutation,
        String text,
        String closing,
        String name,
        String address,
        String constituent,
        String notesHeading,
        List<String> notes) {}
