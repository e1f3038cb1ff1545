package org.aldermail.resident;

import java.util.Optional;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import org.aldermail.campaign.Campaign;
import org.aldermail.campaign.CampaignService;
import org.aldermail.campaign.Language;
import org.aldermail.web.Page;
import org.aldermail.web.UiMessages;

/**
 * A campaign's page, {@code /c/{slug}}: why, deadline, counter and the address box (step 1). {@code ?lang=es} and
 * {@code ?source=partner} are kept through the whole flow.
 */
@Path("/c/{slug}")
@Produces(MediaType.TEXT_HTML)
public class CampaignPages {

    private final CampaignService campaigns;
    private final CampaignViews views;
    private final Words words;

    public CampaignPages(CampaignService campaigns, CampaignViews views, Words words) {
        this.campaigns = campaigns;
        this.views = views;
        this.words = words;
    }

    @GET
    public RestResponse<TemplateInstance> campaign(@RestPath String slug, @RestQuery String lang,
            @RestQuery String source, HttpHeaders headers) {
        Language language = FlowState.language(lang, headers);
        FlowState state = FlowState.start(language, source);
        Optional<Campaign> campaign = campaigns.campaign(slug);
        if (campaign.isEmpty()) {
            return missing(language);
        }
        CampaignView view = views.withCounter(campaign.get(), language);
        Page page = Page.linked(language.code(), view.title(), false,
                code -> "/c/" + slug + state.query(Language.fromCode(code).orElseThrow()));
        return Render.ok(ResidentTemplates.campaign(page, view, new Steps.AddressStep("", FieldErrors.NONE,
                state.hidden())), language);
    }

    /** The address box again, filled: "change address" from a later step, or a language switch on step 1. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> campaignAgain(@RestPath String slug, @BeanParam FlowForm form) {
        FlowState state = FlowState.of(form);
        Optional<Campaign> campaign = campaigns.campaign(slug);
        if (campaign.isEmpty()) {
            return missing(state.language());
        }
        return addressStep(campaign.get(), state, FieldErrors.NONE, Response.Status.OK);
    }

    /** A step's address opened by a link or a reload: those steps only answer form posts. */
    @GET
    @Path("{step: letter|send|sent|thanks}")
    public RestResponse<TemplateInstance> stepByLink(@RestPath String slug, @RestQuery String lang,
            @RestQuery String source) {
        FlowState state = FlowState.start(FlowState.language(lang, null), source);
        return Render.seeOther("/c/" + slug + state.query());
    }

    /** Step 1 rendered from a post: with the campaign's counter, what was typed, and any problem with it. */
    RestResponse<TemplateInstance> addressStep(Campaign campaign, FlowState state, FieldErrors errors,
            Response.Status status) {
        CampaignView view = views.withCounter(campaign, state.language());
        FlowState kept = new FlowState(state.language(), state.source(), state.address(), null, null, null,
                state.name(), state.email(), state.note(), state.ccMe());
        Page page = Page.posted(state.lang(), view.title(), !errors.isEmpty(), "/c/" + campaign.slug(),
                kept.hidden());
        Steps.AddressStep step = new Steps.AddressStep(state.address() == null ? "" : state.address(), errors,
                kept.hidden("address"));
        return Render.page(status, ResidentTemplates.campaign(page, view, step), state.language());
    }

    RestResponse<TemplateInstance> missing(Language language) {
        UiMessages ui = words.in(language);
        Page page = Page.linked(language.code(), ui.missing_title(), false, code -> "/?lang=" + code);
        return Render.page(Response.Status.NOT_FOUND, ResidentTemplates.missing(page), language);
    }

    @ServerExceptionMapper
    public RestResponse<TemplateInstance> unexpected(RuntimeException e, HttpHeaders headers) {
        return PageFailures.page(e, headers, words);
    }
}
