package org.aldermail.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.aldermail.campaign.CampaignService;
import org.aldermail.web.Language;
import org.aldermail.web.RequestLanguage;
import org.jboss.resteasy.reactive.RestQuery;

/** {@code /admin}: where a login lands: every campaign, each linked to its dashboard. */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Organizer.ROLE)
public class AdminHomePage {

    public record CampaignLink(String slug, String title, String status) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(AdminFrame frame, List<CampaignLink> campaigns);
    }

    private final CampaignService campaigns;
    private final AdminFrames frames;

    public AdminHomePage(CampaignService campaigns, AdminFrames frames) {
        this.campaigns = campaigns;
        this.frames = frames;
    }

    @GET
    public TemplateInstance show(@RestQuery String lang, HttpHeaders headers) {
        Language language = RequestLanguage.of(lang, headers);
        AdminMessages words = MessageBundles.get(AdminMessages.class, Localized.Literal.of(language.code()));
        List<CampaignLink> links = campaigns.summaries().stream()
                .map(c -> new CampaignLink(
                        c.slug(),
                        c.title().getOrDefault(language.code(), c.title().get("en")),
                        c.status()))
                .toList();
        return Templates.show(frames.frame(language, words.nav_campaigns(), code -> "/admin?lang=" + code), links)
                .setLocale(language.code());
    }
}
