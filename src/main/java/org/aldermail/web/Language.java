package org.aldermail.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages residents write in. Every campaign has its text in each of them. */
public enum Language {
    EN("en", "English"),
    ES("es", "Español");

    private final String code;
    private final String nativeName;
    private final Locale locale;

    Language(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
        this.locale = Locale.forLanguageTag(code);
    }

    /** The language named in itself, as a language switch shows it whatever the page's language. */
    public String nativeName() {
        return nativeName;
    }

    /** The ISO 639-1 code, as in URLs ({@code lang=es}), file names ({@code es.txt}) and JSON. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language with this code ("en", "es"; case and surrounding spaces ignored). */
    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim();
        return Arrays.stream(values())
                .filter(language -> language.code.equalsIgnoreCase(wanted))
                .findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Language::code).toList();
    }
}
