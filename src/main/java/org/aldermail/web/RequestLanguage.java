package org.aldermail.web;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language to answer in: the one asked for by name, else the browser's first preference among ours, else English. */
public final class RequestLanguage {

    private RequestLanguage() {}

    public static Language of(String requested, HttpHeaders headers) {
        if (requested != null) {
            var chosen = Language.fromCode(requested);
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        if (headers != null) {
            try {
                for (Locale wanted : headers.getAcceptableLanguages()) {
                    var match = Language.fromCode(wanted.getLanguage());
                    if (match.isPresent()) {
                        return match.get();
                    }
                }
            } catch (RuntimeException malformedHeader) {
                return Language.EN;
            }
        }
        return Language.EN;
    }

    /** The first of our languages in a raw {@code Accept-Language} header, else English. */
    public static Language ofHeader(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Language.EN;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                var match = Language.fromCode(range.getRange().split("-")[0]);
                if (match.isPresent()) {
                    return match.get();
                }
            }
        } catch (IllegalArgumentException malformedHeader) {
            return Language.EN;
        }
        return Language.EN;
    }
}
