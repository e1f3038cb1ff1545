package org.aldermail.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.aldermail.campaign.Campaign;
import org.aldermail.campaign.CampaignService;
import org.aldermail.web.Language;
import org.aldermail.web.RequestLanguage;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * {@code /admin/c/{slug}}: a campaign at a glance: totals, the ward map, every ward in a table sortable by query
 * parameters ({@code ?sort=counted&dir=desc}), letters per day, sources, mail delivery and downloads.
 */
@Path("/admin/c/{slug}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Organizer.ROLE)
public class DashboardPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(AdminFrame frame, Dashboard dashboard, String notice);

        static native TemplateInstance missing(AdminFrame frame);
    }

    private final CampaignService campaigns;
    private final Dashboards dashboards;
    private final Organizers organizers;
    private final AdminFrames frames;

    public DashboardPage(CampaignService campaigns, Dashboards dashboards, Organizers organizers, AdminFrames frames) {
        this.campaigns = campaigns;
        this.dashboards = dashboards;
        this.organizers = organizers;
        this.frames = frames;
    }

    @GET
    public RestResponse<TemplateInstance> show(
            @PathParam("slug") String slug,
            @RestQuery String sort,
            @RestQuery String dir,
            @RestQuery String notice,
            @RestQuery String lang,
            HttpHeaders headers) {
        Language language = RequestLanguage.of(lang, headers);
        AdminMessages words = MessageBundles.get(AdminMessages.class, Localized.Literal.of(language.code()));
        var found = campaigns.campaign(slug);
        if (found.isEmpty()) {
            return RestResponse.status(
                    RestResponse.Status.NOT_FOUND,
                    Templates.missing(frames.frame(language, words.nav_campaigns(), code -> "/admin?lang=" + code))
                            .setLocale(language.code()));
        }
        Campaign campaign = found.get();
        WardSort by = WardSort.of(sort).orElse(WardSort.WARD);
        boolean descending = dir == null ? by.descendingFirst() : dir.equals("desc");
        Dashboard dashboard = dashboards.build(
                campaign,
                language,
                by,
                descending,
                organizers.find(frames.organizer()).map(OrganizerView::email).filter(e -> e != null));
        String query = "?sort=" + by.code() + "&dir=" + (descending ? "desc" : "asc");
        AdminFrame frame = frames.frame(
                language,
                words.dashboard_title(dashboard.title()),
                code -> "/admin/c/" + slug + query + "&lang=" + code);
        return RestResponse.ok(
                Templates.show(frame, dashboard, Notices.text(notice, words)).setLocale(language.code()));
    }
}
