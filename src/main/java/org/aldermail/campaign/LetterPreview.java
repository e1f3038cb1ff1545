package org.aldermail.campaign;

import org.aldermail.campaign.Letter.LetterParts;

/**
 * A rendered letter as the preview shows it.
 *
 * @param subjectIndex   which of the campaign's subject lines (0-based)
 * @param body           the whole letter, plain text, as it would be sent
 * @param parts          the same in pieces: {@code parts.text} is what a letter form's text box holds
 * @param acceptsLetters whether the campaign takes letters now (a closed campaign still previews)
 */
public record LetterPreview(
        String campaign,
        String language,
        int ward,
        AlderView alder,
        String subject,
        int subjectIndex,
        String body,
        LetterParts parts,
        boolean personalised,
        boolean acceptsLetters) {

    public record AlderView(String name, String surname, String email) {}

    static LetterPreview of(Letter letter, boolean acceptsLetters) {
        return new LetterPreview(
                letter.campaign(),
                letter.language().code(),
                letter.alder().ward(),
                new AlderView(
                        letter.alder().name(),
                        letter.alder().surname(),
                        letter.alder().email()),
                letter.subject(),
                letter.subjectIndex(),
                letter.body(),
                letter.parts(),
                letter.personalised(),
                acceptsLetters);
    }
}
