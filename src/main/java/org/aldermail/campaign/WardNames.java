package org.aldermail.campaign;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Map;
import org.aldermail.web.Language;

/**
 * The application's own words in each language ({@link LetterMessages}), and how a ward is named in each. A singleton,
 * not application-scoped: no client proxy, so the bundles are looked up once.
 */
@Singleton
public class WardNames {

    private final Map<Language, LetterMessages> messages = new EnumMap<>(Language.class);

    public WardNames() {
        for (Language language : Language.values()) {
            messages.put(language, MessageBundles.get(LetterMessages.class, Localized.Literal.of(language.code())));
        }
    }

    /** "15th Ward", "Distrito 15". */
    public String name(int ward, Language language) {
        return messages(language).ward_name(ward);
    }

    public LetterMessages messages(Language language) {
        return messages.get(language);
    }
}
