package org.aldermail.resident;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.aldermail.campaign.InvalidLetterFieldException;
import org.aldermail.campaign.LetterInput;

/**
 * The letter form's fields checked before anything is sent, each problem worded for the resident. The delivery service
 * checks the same rules again (and stricter ones); these only make the common mistakes speak the resident's language.
 */
final class LetterChecks {

    static final int MAX_EMAIL = 254;
    /** The same shape delivery accepts: one mailbox, no display name. */
    private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9]"
            + "(?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}$");

    private LetterChecks() {}

    static FieldErrors check(FlowForm form, boolean addressOnForm, ResidentMessages ui) {
        List<FieldError> errors = new ArrayList<>();
        String mode = form.mode == null ? "" : form.mode.strip();
        boolean server = !"link".equals(mode);
        required(
                errors,
                "name",
                form.name,
                LetterInput.MAX_NAME,
                LetterInput::name,
                ui.name_required(),
                ui.name_too_long(LetterInput.MAX_NAME),
                ui.name_characters());
        if (isBlank(form.email)) {
            if (server) {
                errors.add(FieldError.of("email", ui.email_required()));
            }
        } else if (form.email.strip().length() > MAX_EMAIL
                || !EMAIL.matcher(form.email.strip()).matches()) {
            errors.add(FieldError.of("email", ui.email_invalid()));
        }
        if (addressOnForm) {
            required(
                    errors,
                    "address",
                    form.address,
                    LetterInput.MAX_ADDRESS,
                    LetterInput::address,
                    ui.address_required(),
                    ui.address_too_long(LetterInput.MAX_ADDRESS),
                    ui.address_characters());
        }
        optional(
                errors,
                "note",
                form.note,
                LetterInput.MAX_PERSONAL_NOTE,
                LetterInput::personalNote,
                ui.note_too_long(LetterInput.MAX_PERSONAL_NOTE),
                ui.note_characters());
        optional(
                errors,
                "subject",
                form.subject,
                LetterInput.MAX_SUBJECT,
                LetterInput::subject,
                ui.subject_too_long(LetterInput.MAX_SUBJECT),
                ui.subject_characters());
        optional(
                errors,
                "body",
                form.body,
                LetterInput.MAX_BODY,
                LetterInput::body,
                ui.body_too_long(LetterInput.MAX_BODY),
                ui.body_characters());
        if (!"server".equals(mode) && !"link".equals(mode)) {
            errors.add(FieldError.of("mode", ui.mode_required()));
        }
        return new FieldErrors(errors);
    }

    /** Whether a one-line value would be accepted as a name or address (to show it in the preview's signature). */
    static boolean usable(String value, Function<String, ?> rule) {
        if (isBlank(value)) {
            return false;
        }
        try {
            rule.apply(value);
            return true;
        } catch (InvalidLetterFieldException e) {
            return false;
        }
    }

    /**
     * A digest of the letter text as the page first showed it. A body posted back unchanged (line ends and trailing
     * spaces aside) is sent as the campaign's own text, filled with the resident's real name.
     */
    static String digest(String text) {
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(canonical(text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean unchanged(String body, String shownDigest) {
        return body != null && shownDigest != null && digest(body).equals(shownDigest);
    }

    private static String canonical(String text) {
        return (text == null ? "" : text)
                .replace("\r\n", "\n")
                .replace('\r', '\n')
                .lines()
                .map(String::stripTrailing)
                .reduce((a, b) -> a + "\n" + b)
                .orElse("")
                .strip();
    }

    private static void required(
            List<FieldError> errors,
            String field,
            String value,
            int max,
            Function<String, ?> rule,
            String missing,
            String tooLong,
            String characters) {
        if (isBlank(value)) {
            errors.add(FieldError.of(field, missing));
            return;
        }
        optional(errors, field, value, max, rule, tooLong, characters);
    }

    private static void optional(
            List<FieldError> errors,
            String field,
            String value,
            int max,
            Function<String, ?> rule,
            String tooLong,
            String characters) {
        if (isBlank(value)) {
            return;
        }
        String normalized = value.replace("\r\n", "\n").strip();
        if (normalized.codePointCount(0, normalized.length()) > max) {
            errors.add(FieldError.of(field, tooLong));
            return;
        }
        if (!usable(value, rule)) {
            errors.add(FieldError.of(field, characters));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
