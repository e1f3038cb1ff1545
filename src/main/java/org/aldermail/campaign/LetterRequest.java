package org.aldermail.campaign;

import java.util.Objects;
import org.aldermail.web.Language;

/**
 * What a letter is made from: the campaign, the resident's ward, name and street address, the language, and what
 * the resident changed. Optional fields are null (or blank) when not given. Build with {@link #of} and the
 * {@code with…} methods.
 *
 * @param subject      the resident's own subject line, instead of the campaign's rotating ones
 * @param body         the resident's edit of the body text (the part between salutation and closing)
 * @param personalNote the optional "why this matters to me" sentence, inserted at the campaign's marked place
 * @param seed         chooses among the campaign's subject lines; by default the ward, name and address, so the
 *                     same resident always gets the same subject
 */
public record LetterRequest(
        String campaign,
        int ward,
        String name,
        String address,
        Language language,
        String subject,
        String body,
        String personalNote,
        String seed) {

    public LetterRequest {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(language, "language");
    }

    public static LetterRequest of(String campaign, int ward, String name, String address, Language language) {
        return new LetterRequest(campaign, ward, name, address, language, null, null, null, null);
    }

    public LetterRequest withSubject(String subject) {
        return new LetterRequest(campaign, ward, name, address, language, subject, body, personalNote, seed);
    }

    public LetterRequest withBody(String body) {
        return new LetterRequest(campaign, ward, name, address, language, subject, body, personalNote, seed);
    }

    public LetterRequest withPersonalNote(String personalNote) {
        return new LetterRequest(campaign, ward, name, address, language, subject, body, personalNote, seed);
    }

    public LetterRequest withSeed(String seed) {
        return new LetterRequest(campaign, ward, name, address, language, subject, body, personalNote, seed);
    }

    String subjectSeed() {
        return seed != null && !seed.isBlank()
                ? seed
                : ward + "\n" + Objects.toString(name, "").strip().toLowerCase() + "\n"
                        + Objects.toString(address, "").strip().toLowerCase();
    }
}
