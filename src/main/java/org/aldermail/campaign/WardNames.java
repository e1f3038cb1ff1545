package org.aldermail.campaign;

import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import org.aldermail.web.AppMessages;

/** The application's own words in each language ({@link AppMessages}), and how a ward is named in each. */
@ApplicationScoped
public class WardNames {

    private final Map<Language, AppMessages> messages = new EnumMap<>(Language.class);

    public WardNames() {
        for (Language language : Language.values()) {
            messages.put(language, MessageBundles.get(AppMessages.class, Localized.Literal.of(language.code())));
        }
    }

    /** "15th Ward", "Distrito 15". */
    public String name(int ward, Language language) {
        return messages(language).ward_name(ward, englishOrdinal(ward));
    }

    public AppMessages messages(Language language) {
        return messages.get(language);
    }

    /** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 23rd… */
    public static String englishOrdinal(int number) {
        int lastTwo = Math.abs(number) % 100;
        int last = Math.abs(number) % 10;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
                : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
        return number + suffix;
    }
}
