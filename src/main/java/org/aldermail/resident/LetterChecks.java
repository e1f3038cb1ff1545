package org.aldermail.resident;

import jakarta.validation.ConstraintViolation;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.aldermail.campaign.InvalidLetterFieldException;
import org.aldermail.delivery.LetterSubmission;
import org.aldermail.web.FieldRules;
import org.aldermail.web.FieldViolation;
import org.aldermail.web.Sha256;

/**
 * The letter form's problems in the resident's words. The rules are those of {@link LetterSubmission}, checked once by
 * Bean Validation; this only words each broken rule for the field it concerns, in the order the form shows them.
 */
final class LetterChecks {

    private static final List<String> FORM_ORDER =
            List.of("name", "email", "address", "note", "subject", "body", "mode");

    private LetterChecks() {}

    static FieldErrors of(Set<ConstraintViolation<LetterSubmission>> violations, ResidentMessages ui) {
        Map<String, FieldError> firstPerField = new LinkedHashMap<>();
        violations.stream()
                .map(FieldViolation::of)
                .sorted(Comparator.comparing(violation -> !FieldRules.REQUIRED.equals(violation.rule())))
                .map(violation -> error(violation, ui))
                .forEach(error -> firstPerField.putIfAbsent(error.field(), error));
        return new FieldErrors(firstPerField.values().stream()
                .sorted(Comparator.comparingInt(error -> FORM_ORDER.indexOf(error.field())))
                .toList());
    }

    private static FieldError error(FieldViolation violation, ResidentMessages ui) {
        int max = violation.max() == null ? 0 : violation.max().intValue();
        String rule = violation.rule();
        return switch (violation.field()) {
            case "name" ->
                FieldError.of("name", words(rule, ui.name_required(), ui.name_too_long(max), ui.name_characters()));
            case "email" ->
                FieldError.of("email", FieldRules.REQUIRED.equals(rule) ? ui.email_required() : ui.email_invalid());
            case "address" ->
                FieldError.of(
                        "address",
                        words(rule, ui.address_required(), ui.address_too_long(max), ui.address_characters()));
            case "personalNote" -> FieldError.of("note", words(rule, "", ui.note_too_long(max), ui.note_characters()));
            case "subject" ->
                FieldError.of("subject", words(rule, "", ui.subject_too_long(max), ui.subject_characters()));
            case "body" -> FieldError.of("body", words(rule, "", ui.body_too_long(max), ui.body_characters()));
            case "mode" -> FieldError.of("mode", ui.mode_required());
            default -> FieldError.of("mode", ui.field_invalid());
        };
    }

    private static String words(String rule, String required, String tooLong, String characters) {
        return switch (rule) {
            case FieldRules.REQUIRED -> required;
            case FieldRules.TOO_LONG -> tooLong;
            default -> characters;
        };
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
        return Sha256.hexPrefix(canonical(text), 16);
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

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
