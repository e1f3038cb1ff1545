package org.aldermail.ward;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Turns the City's name forms into a display name and a surname for salutations. */
final class AlderNames {

    private AlderNames() {}

    /** "Burnett, Jr., Walter" (the Ward Offices dataset's form) → "Walter Burnett, Jr.". */
    static String fromSurnameFirst(String surnameFirst) {
        List<String> parts = Arrays.stream(surnameFirst.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
        if (parts.size() < 2) {
            return surnameFirst.trim();
        }
        String given = parts.get(parts.size() - 1);
        String suffixes =
                parts.subList(1, parts.size() - 1).stream().map(s -> ", " + s).collect(Collectors.joining());
        return given + " " + parts.get(0) + suffixes;
    }

    /** "Burnett, Jr., Walter" → "Burnett". */
    static String surnameOfSurnameFirst(String surnameFirst) {
        return surnameFirst.split(",")[0].trim();
    }

    /**
     * "Anthony V. Napolitano" → "Napolitano", "Rossana Rodriguez Sanchez" → "Rodriguez Sanchez",
     * "Felix Cardona, Jr." → "Cardona": everything after the first given name and any middle initials,
     * without a suffix after a comma. Compound surnames are common on this council, so the last word
     * alone would be wrong.
     */
    static String surnameOfDisplayName(String displayName) {
        String withoutSuffix = displayName.split(",")[0].trim();
        String[] words = withoutSuffix.split("\\s+");
        int first = 1;
        while (first < words.length - 1 && words[first].matches("\\p{L}\\.?")) {
            first++;
        }
        if (words.length == 1) {
            return words[0];
        }
        return String.join(" ", Arrays.copyOfRange(words, first, words.length));
    }
}
