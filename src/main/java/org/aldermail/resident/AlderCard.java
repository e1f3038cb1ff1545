package org.aldermail.resident;

import org.aldermail.ward.Alder;

/**
 * A ward and its alderperson as the pages show them.
 *
 * @param tel the office phone as a {@code tel:} number (+1 and digits), or null when the roster has none
 */
public record AlderCard(int ward, String name, String surname, String phone, String tel, String email, String office) {

    public static AlderCard of(Alder alder) {
        return new AlderCard(
                alder.ward(),
                alder.name(),
                alder.surname(),
                blankToNull(alder.phone()),
                tel(alder.phone()),
                blankToNull(alder.email()),
                blankToNull(alder.office()));
    }

    /** "(312) 744-6836" → "+13127446836"; numbers that are not 10 US digits are dialled as written. */
    static String tel(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.length() == 10) {
            return "+1" + digits;
        }
        if (digits.length() == 11 && digits.startsWith("1")) {
            return "+" + digits;
        }
        return digits.isEmpty() ? null : digits;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
