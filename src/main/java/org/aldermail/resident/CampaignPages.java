package org.aldermail.resident;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.aldermail.abuse.FormGuard;
import org.aldermail.campaign.CampaignService;
import org.aldermail.web.RequestLanguage;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A campaign's page, {@code /c/{slug}}: why, deadline, counter and the address box (step 1). {@code ?lang=es} and
 * {@code ?source=partner} are kept through the whole flow. {@code /embed/{slug}} is the same flow in a partner's
 * iframe ({@link Frame}).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class CampaignPages {

    private final CampaignService campaigns;
    private final StepPages pages;
    private final Words words;
    private final FormGuard guard;

    public CampaignPages(CampaignService campaigns, StepPages pages, Words words, FormGuard guard) {
        this.guard = guard;
        this.campaigns = campaigns;
        this.pages = pages;
        this.words = words;
    }

    @GET
    @Path(Frame.FLOW)
    public RestResponse<TemplateInstance> campaign(
            @RestPath String frame,
            @RestPath String slug,
            @RestQuery String lang,
            @RestQuery String source,
            HttpHeaders headers) {
        FlowState state = FlowState.start(Frame.of(frame), RequestLanguage.of(lang, headers), source);
        return campaigns
                .campaign(slug)
                .map(campaign -> pages.campaign(campaign, state))
                .orElseGet(() -> pages.missing(state, slug));
    }

    /** The address box again, filled: "change address" from a later step, or a language switch on step 1. */
    @POST
    @Path(Frame.FLOW)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> campaignAgain(
            @RestPath String frame, @RestPath String slug, @BeanParam FlowForm form) {
        FlowState state = FlowState.of(frame, form);
        if (guard.check(state.flow(slug), form) != FormGuard.Verdict.PASSED) {
            return pages.refused(state, slug);
        }
        return campaigns
                .campaign(slug)
                .map(campaign -> pages.address(campaign, state, FieldErrors.NONE, Response.Status.OK))
                .orElseGet(() -> pages.missing(state, slug));
    }

    /** A step's address opened by a link or a reload: those steps only answer form posts. */
    @GET
    @Path(Frame.FLOW + "/{step: letter|send|sent|thanks}")
    public RestResponse<TemplateInstance> stepByLink(
            @RestPath String frame, @RestPath String slug, @RestQuery String lang, @RestQuery String source) {
        FlowState state = FlowState.start(Frame.of(frame), RequestLanguage.of(lang, null), source);
        return RenderedPage.seeOther(state.flow(slug) + state.query());
    }

    @ServerExceptionMapper
    public RestResponse<TemplateInstance> unexpected(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        return FailurePage.page(e, headers, Frame.ofPath(uri.getPath()), words);
    }
}
