package org.aldermail.resident;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Map;
import org.aldermail.web.Language;

/** The pages' words in each language, for the few that Java writes (titles, error messages). */
@Singleton
public class Words {

    private final Map<Language, ResidentMessages> messages = new EnumMap<>(Language.class);

    public Words() {
        for (Language language : Language.values()) {
            messages.put(language, MessageBundles.get(ResidentMessages.class, Localized.Literal.of(language.code())));
        }
    }

    public ResidentMessages in(Language language) {
        return messages.get(language);
    }
}
