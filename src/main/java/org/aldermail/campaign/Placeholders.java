package org.aldermail.campaign;

import java.util.List;
import java.util.Map;

/**
 * The values that fill a campaign's placeholders ({@code {alder.surname}}, {@code {resident.name}}, …) for one
 * letter. The names are the whole vocabulary: anything else in braces fails the campaign when it is loaded.
 *
 * @param wardName the ward as the language says it ("15th Ward", "Distrito 15")
 */
public record Placeholders(
        String alderName,
        String alderSurname,
        int wardNumber,
        String wardName,
        String residentName,
        String residentAddress) {

    /** Every placeholder, in the order the format's documentation lists them. */
    public static final List<String> NAMES =
            List.of("alder.name", "alder.surname", "ward.number", "ward.name", "resident.name", "resident.address");

    /** The line in a letter where the resident's optional personal sentence goes. */
    public static final String PERSONAL_NOTE = "personalNote";

    /** Stand-in values used to try every template when a campaign is loaded. */
    static final Placeholders SAMPLE =
            new Placeholders("Sample A. Alder", "Alder", 15, "15th Ward", "Sample Resident", "1 N Sample St");

    /** The template data: {@code alder.name} is key {@code name} of map {@code alder}. */
    Map<String, Object> data() {
        return Map.of(
                "alder", Map.of("name", alderName, "surname", alderSurname),
                "ward", Map.of("number", wardNumber, "name", wardName),
                "resident", Map.of("name", residentName, "address", residentAddress));
    }
}
