package org.aldermail.campaign;

import java.util.List;
import java.util.Optional;
import org.aldermail.web.Language;

/**
 * Everything a resident reads of a campaign, in one language: one language file, checked.
 *
 * @param place    where the meeting is, when the campaign has one
 * @param why      "why we're mobilizing": plain text, '- ' list items, bare https:// links
 * @param subjects the subject lines that letters rotate through (at least one)
 * @param closing  the line above the resident's name ("Yours,")
 * @param actions  the action items, in the same plain-text form as {@code why}
 * @param social   the text to share on social media
 */
public record CampaignText(
        Language language,
        String title,
        Optional<String> place,
        String why,
        List<TextTemplate> subjects,
        LetterTemplate letter,
        String closing,
        List<Footnote> footnotes,
        PhoneScript<TextTemplate> phone,
        String actions,
        String social) {}
