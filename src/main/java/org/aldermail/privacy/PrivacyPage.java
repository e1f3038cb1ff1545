package org.aldermail.privacy;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import org.aldermail.geocode.GeocodeConfig;
import org.aldermail.web.Language;
import org.aldermail.web.Page;
import org.aldermail.web.RequestLanguage;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /privacy}: what we collect, why, who sees it, how long we keep it (the configured retention) and whom to ask,
 * linked from every page's footer.
 */
@Path("/privacy")
@Produces(MediaType.TEXT_HTML)
public class PrivacyPage {

    /** What the page states, from the configuration. */
    public record Facts(String keep, boolean census, String contact) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Page page, Facts facts);
    }

    private final PrivacyConfig config;
    private final GeocodeConfig geocode;

    public PrivacyPage(PrivacyConfig config, GeocodeConfig geocode) {
        this.config = config;
        this.geocode = geocode;
    }

    @GET
    public TemplateInstance show(@RestQuery String lang, HttpHeaders headers) {
        Language language = RequestLanguage.of(lang, headers);
        PrivacyMessages words = MessageBundles.get(PrivacyMessages.class, Localized.Literal.of(language.code()));
        Page page = Page.linked(language.code(), words.title(), false, code -> "/privacy?lang=" + code);
        Facts facts = new Facts(
                keep(config.retention(), words),
                geocode.census().enabled(),
                config.contact()
                        .filter(address -> !address.isBlank())
                        .map(words::contact_address)
                        .orElseGet(words::contact_organizers));
        return Templates.show(page, facts).setLocale(language.code());
    }

    private static String keep(Duration retention, PrivacyMessages words) {
        return retention.toDays() >= 1 ? words.keep_days(retention.toDays()) : words.keep_hours(retention.toHours());
    }
}
