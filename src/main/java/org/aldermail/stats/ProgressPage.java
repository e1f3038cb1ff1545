package org.aldermail.stats;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.aldermail.campaign.Campaign;
import org.aldermail.campaign.CampaignService;
import org.aldermail.web.Language;
import org.aldermail.web.Page;
import org.aldermail.web.RequestLanguage;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * {@code /c/{slug}/progress}: the campaign's counted letters on the ward map, for the public. Only numbers per ward
 * and the alders' names, which the City publishes: nothing about who wrote.
 */
@Path("/c/{slug}/progress")
@Produces(MediaType.TEXT_HTML)
public class ProgressPage {

    /** One ward's row of the table that is the map's text alternative. */
    public record WardRow(int ward, String alder, long letters) {}

    /** What the page shows. */
    public record Progress(String slug, String title, long total, int goal, LetterMap.View map, List<WardRow> wards) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Page page, Progress progress);

        static native TemplateInstance missing(Page page);
    }

    private final CampaignService campaigns;
    private final StatsService stats;
    private final LetterMap maps;

    public ProgressPage(CampaignService campaigns, StatsService stats, LetterMap maps) {
        this.campaigns = campaigns;
        this.stats = stats;
        this.maps = maps;
    }

    @GET
    public RestResponse<TemplateInstance> show(
            @PathParam("slug") String slug, @RestQuery String lang, HttpHeaders headers) {
        Language language = RequestLanguage.of(lang, headers);
        ProgressMessages words = MessageBundles.get(ProgressMessages.class, Localized.Literal.of(language.code()));
        Optional<Campaign> found = campaigns.campaign(slug);
        if (found.isEmpty()) {
            Page page = Page.linked(language.code(), words.missing_title(), false, code -> "/?lang=" + code);
            return RestResponse.status(
                    RestResponse.Status.NOT_FOUND, Templates.missing(page).setLocale(language.code()));
        }
        Campaign campaign = found.get();
        String title = campaign.text(language).title();
        List<WardTotals> totals = stats.wardTotals(slug);
        Map<Integer, Long> counted = totals.stream().collect(Collectors.toMap(WardTotals::ward, WardTotals::counted));
        Progress progress = new Progress(
                slug,
                title,
                totals.stream().mapToLong(WardTotals::counted).sum(),
                campaign.goal(),
                maps.draw("progress-map", counted, language),
                totals.stream()
                        .map(t -> new WardRow(t.ward(), t.alder(), t.counted()))
                        .toList());
        Page page = Page.linked(
                language.code(), words.title(title), false, code -> "/c/" + slug + "/progress?lang=" + code);
        return RestResponse.ok(Templates.show(page, progress).setLocale(language.code()));
    }
}
