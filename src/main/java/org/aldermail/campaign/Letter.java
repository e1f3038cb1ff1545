package org.aldermail.campaign;

import org.aldermail.ward.Alder;
import org.aldermail.web.Language;

/**
 * A letter ready to send: plain text, every placeholder filled.
 *
 * @param subject      the subject line (one line)
 * @param subjectIndex which of the campaign's subject lines it is (0-based), or -1 for the resident's own
 * @param body         the whole letter: addressee, salutation, text, closing, signature, cited footnotes
 * @param parts        the same letter in pieces, for a page that shows or edits them separately
 * @param edited       whether the resident changed the campaign's body text
 * @param personalised whether the resident added a personal sentence or edited the body
 */
public record Letter(
        String campaign,
        Language language,
        Alder alder,
        String subject,
        int subjectIndex,
        String body,
        LetterParts parts,
        boolean edited,
        boolean personalised) {

    /**
     * @param opening      the addressee line and the salutation
     * @param text         the body text without the personal sentence: what a letter form puts in its text box
     * @param personalNote the personal sentence as inserted, or null
     * @param signature    the closing, the resident's name and street address, and their ward
     * @param notes        the footnotes the text cites, under their heading; empty when it cites none
     */
    public record LetterParts(String opening, String text, String personalNote, String signature, String notes) {}
}
