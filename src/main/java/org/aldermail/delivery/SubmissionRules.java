package org.aldermail.delivery;

import java.util.Locale;
import java.util.regex.Pattern;
import org.aldermail.campaign.InvalidLetterFieldException;
import org.aldermail.campaign.LetterInput;
import org.aldermail.web.Language;
import org.aldermail.web.Problems;

/** Field checks for a letter submission, each failing with a 400 that names the field. */
final class SubmissionRules {

    static final int MAX_EMAIL = 254;
    static final String DEFAULT_SOURCE = "direct";

    /** One mailbox of printable ASCII, no display name, no list: nothing that could add a recipient or a header. */
    private static final Pattern EMAIL =
            Pattern.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}$");

    private static final Pattern SOURCE = Pattern.compile("^[A-Za-z0-9._-]{1,80}$");

    private SubmissionRules() {}

    static DeliveryMode mode(String mode) {
        if (mode == null || mode.isBlank()) {
            throw Problems.invalidField("mode", "Choose how to send the letter: 'server' or 'link'.");
        }
        return switch (mode.strip().toLowerCase(Locale.ROOT)) {
            case "server" -> DeliveryMode.SERVER;
            case "link" -> DeliveryMode.LINK;
            default -> throw Problems.invalidField("mode", "'mode' must be 'server' or 'link'.");
        };
    }

    static Language language(String language) {
        return Language.fromCode(language == null ? "" : language.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> Problems.invalidField(
                        "language", "'language' must be one of " + String.join(", ", Language.codes()) + "."));
    }

    /** Required for server mode (confirmation and Reply-To); optional for link mode. */
    static String email(String email, boolean required) {
        if (email == null || email.isBlank()) {
            if (required) {
                throw Problems.invalidField("email", "'email' is required to send the letter for you.");
            }
            return null;
        }
        // Only spaces are trimmed: a trailing CR LF is an injection attempt, not white space to tidy away.
        String value = email.replaceAll("^ +| +$", "");
        if (value.length() > MAX_EMAIL || !EMAIL.matcher(value).matches()) {
            throw Problems.invalidField("email", "'email' must be one email address, like name@example.org.");
        }
        return value;
    }

    /**
     * The letter's own fields, checked by the campaign's rules (the same ones the preview uses) but reported as
     * body fields.
     */
    static void letterFields(LetterSubmission submission) {
        try {
            LetterInput.name(submission.name());
            LetterInput.address(submission.address());
            LetterInput.subject(submission.subject());
            LetterInput.body(submission.body());
            LetterInput.personalNote(submission.personalNote());
        } catch (InvalidLetterFieldException e) {
            throw Problems.invalidField(e.field(), e.getMessage());
        }
    }

    static String source(String source) {
        if (source == null || source.isBlank()) {
            return DEFAULT_SOURCE;
        }
        String value = source.strip();
        if (!SOURCE.matcher(value).matches()) {
            throw Problems.invalidField("source", "'source' must be up to 80 letters, digits, '.', '_' or '-'.");
        }
        return value;
    }

    static Integer ward(Integer ward) {
        if (ward != null && (ward < 1 || ward > 50)) {
            throw Problems.invalidField("ward", "'ward' must be from 1 to 50.");
        }
        return ward;
    }

    static void coordinates(Double lat, Double lon) {
        if ((lat == null) != (lon == null)) {
            throw Problems.invalidField(lat == null ? "lat" : "lon", "'lat' and 'lon' go together.");
        }
        if (lat != null && (!Double.isFinite(lat) || lat < -90 || lat > 90)) {
            throw Problems.invalidField("lat", "'lat' must be between -90 and 90.");
        }
        if (lon != null && (!Double.isFinite(lon) || lon < -180 || lon > 180)) {
            throw Problems.invalidField("lon", "'lon' must be between -180 and 180.");
        }
    }
}
