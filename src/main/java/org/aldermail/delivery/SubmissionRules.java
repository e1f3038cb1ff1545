package org.aldermail.delivery;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.aldermail.web.Problems;
import org.aldermail.web.TextChecks;

/** Field checks for a letter submission, each failing with a 400 that names the field. */
final class SubmissionRules {

    static final int MAX_NAME = 100;
    static final int MAX_EMAIL = 254;
    static final int MAX_ADDRESS = 200;
    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 10_000;
    static final int MAX_PERSONAL_NOTE = 500;
    static final String DEFAULT_SOURCE = "direct";
    static final Set<String> LANGUAGES = Set.of("en", "es");

    /** One mailbox, no display name, no list: nothing that could add a recipient. */
    private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}$");
    private static final Pattern SOURCE = Pattern.compile("^[A-Za-z0-9._-]{1,80}$");

    private SubmissionRules() {
    }

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

    static String language(String language) {
        String value = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(value)) {
            throw Problems.invalidField("language", "'language' must be 'en' or 'es'.");
        }
        return value;
    }

    static String name(String name) {
        return singleLine("name", required("name", name), MAX_NAME);
    }

    /** Required for server mode (confirmation and Reply-To); optional for link mode. */
    static String email(String email, boolean required) {
        if (email == null || email.isBlank()) {
            if (required) {
                throw Problems.invalidField("email", "'email' is required to send the letter for you.");
            }
            return null;
        }
        String value = singleLine("email", email, MAX_EMAIL);
        if (!EMAIL.matcher(value).matches()) {
            throw Problems.invalidField("email", "'email' must be one email address, like name@example.org.");
        }
        return value;
    }

    static String address(String address) {
        return address == null || address.isBlank() ? null : singleLine("address", address, MAX_ADDRESS);
    }

    static String subject(String subject) {
        return subject == null || subject.isBlank() ? null : singleLine("subject", subject, MAX_SUBJECT);
    }

    static String body(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        if (body.length() > MAX_BODY) {
            throw Problems.invalidField("body", "'body' is longer than " + MAX_BODY + " characters.");
        }
        if (!TextChecks.isMultiLine(body)) {
            throw Problems.invalidField("body", "'body' contains control characters.");
        }
        return body;
    }

    static String personalNote(String note) {
        return note == null || note.isBlank() ? null : singleLine("personalNote", note, MAX_PERSONAL_NOTE);
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

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw Problems.invalidField(field, "'" + field + "' is required.");
        }
        return value;
    }

    private static String singleLine(String field, String value, int maxLength) {
        if (!TextChecks.isSingleLine(value)) {
            throw Problems.invalidField(field, "'" + field + "' must be one line without control characters.");
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw Problems.invalidField(field, "'" + field + "' is longer than " + maxLength + " characters.");
        }
        return stripped;
    }
}
