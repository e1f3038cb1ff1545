package org.aldermail.resident;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.aldermail.campaign.CampaignService;
import org.aldermail.campaign.CampaignSummary;
import org.aldermail.web.Language;
import org.aldermail.web.Page;
import org.aldermail.web.RequestLanguage;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The way in, {@code /}: the campaigns, open ones first, or straight to the only open one. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    private final CampaignService campaigns;
    private final CampaignViews views;
    private final Words words;

    public HomePage(CampaignService campaigns, CampaignViews views, Words words) {
        this.campaigns = campaigns;
        this.views = views;
        this.words = words;
    }

    @GET
    public RestResponse<TemplateInstance> index(@RestQuery String lang, @RestQuery String source, HttpHeaders headers) {
        Language language = RequestLanguage.of(lang, headers);
        FlowState state = FlowState.start(Frame.SITE, language, source);
        List<CampaignSummary> all = campaigns.summaries();
        List<CampaignSummary> open =
                all.stream().filter(CampaignSummary::acceptsLetters).toList();
        if (open.size() == 1) {
            return RenderedPage.seeOther("/c/" + open.get(0).slug() + explicitQuery(lang, state));
        }
        ResidentMessages ui = words.in(language);
        List<Steps.CampaignItem> items =
                all.stream().map(c -> item(c, state)).flatMap(Optional::stream).toList();
        Page page = Page.linked(
                language.code(),
                ui.index_title(),
                false,
                code -> "/" + state.query(Language.fromCode(code).orElseThrow()));
        return RenderedPage.ok(ResidentTemplates.index(page, items), language);
    }

    @ServerExceptionMapper
    public RestResponse<TemplateInstance> unexpected(RuntimeException e, HttpHeaders headers) {
        return FailurePage.page(e, headers, Frame.SITE, words);
    }

    private Optional<Steps.CampaignItem> item(CampaignSummary summary, FlowState state) {
        return campaigns.campaign(summary.slug()).map(c -> {
            CampaignView view = views.of(c, state.language(), Frame.SITE);
            return new Steps.CampaignItem(
                    view.title(), "/c/" + c.slug() + state.query(), summary.acceptsLetters(), view.deadline());
        });
    }

    /** Only what the visitor asked for: a language picked from their browser is picked again on the next page. */
    private static String explicitQuery(String lang, FlowState state) {
        String query = (lang != null && Language.fromCode(lang).isPresent() ? "&lang=" + state.lang() : "")
                + (state.source() == null ? "" : "&source=" + state.source());
        return query.isEmpty() ? "" : "?" + query.substring(1);
    }
}
