package org.aldermail.resident;

import io.quarkus.logging.Log;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.Optional;
import org.aldermail.abuse.ClientAddresses;
import org.aldermail.abuse.FormGuard;
import org.aldermail.abuse.RateLimited;
import org.aldermail.campaign.Campaign;
import org.aldermail.campaign.CampaignService;
import org.aldermail.delivery.LetterEventRequest;
import org.aldermail.delivery.LetterReceipt;
import org.aldermail.delivery.LetterTracking;
import org.aldermail.delivery.NotALinkLetter;
import org.aldermail.delivery.SentLetter;
import org.aldermail.delivery.UnknownLetter;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The steps after the address, each a form post that renders the next page: the ward chooser or the letter
 * ({@code letter}), sending it ({@code send}), "I sent it" after a mail link ({@code sent}), and the thank-you page
 * again in another language ({@code thanks}). The resident's state travels in hidden fields; nothing is kept between
 * requests but the letter itself, so any instance can answer any step.
 *
 * <p>Sending renders its answer instead of redirecting: the thank-you page shows the resident's name and address (in
 * the phone script), which must not go into a URL. Posting it twice is harmless: the delivery service answers a
 * second identical server letter with the first one.
 *
 * <p>Every post is checked first ({@link FormGuard}): a post that is not from our page, or from one open too long, is
 * refused with a page asking to start again (400). A post that sends or counts a letter and looks automated
 * (honeypot filled, faster than a person) gets no letter and an answer that does not say why: the letter page again
 * asking to check it and choose again, or the usual thank-you page without counting the "I sent it".
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class LetterPages {

    private static final String CHOOSING = "choose";

    private final CampaignService campaigns;
    private final StepPages pages;
    private final WardFinder wards;
    private final LetterSending sending;
    private final LetterTracking tracking;
    private final Words words;
    private final Clock clock;
    private final FormGuard guard;
    private final ClientAddresses clients;

    public LetterPages(
            CampaignService campaigns,
            StepPages pages,
            WardFinder wards,
            LetterSending sending,
            LetterTracking tracking,
            Words words,
            Clock clock,
            FormGuard guard,
            ClientAddresses clients) {
        this.clock = clock;
        this.guard = guard;
        this.clients = clients;
        this.campaigns = campaigns;
        this.pages = pages;
        this.wards = wards;
        this.sending = sending;
        this.tracking = tracking;
        this.words = words;
    }

    /** From the address box, the ward chooser or a language switch: the chooser, the letter, or the problem. */
    @POST
    @Path(Frame.FLOW + "/letter")
    public RestResponse<TemplateInstance> letter(
            @RestPath String frame, @RestPath String slug, @BeanParam FlowForm form) {
        FlowState state = FlowState.of(frame, form);
        if (guard.check(action(state, slug, "letter"), form) != FormGuard.Verdict.PASSED) {
            return pages.refused(state, slug);
        }
        Located located = locate(slug, state, CHOOSING.equals(form.step), false);
        if (located.answer() != null) {
            return located.answer();
        }
        return pages.letter(located.campaign(), state, located.ward(), null, FieldErrors.NONE, Response.Status.OK);
    }

    /** The campaign and the resident's ward, or the page that answers instead (missing, closed, bad address, chooser). */
    private record Located(RestResponse<TemplateInstance> answer, Campaign campaign, WardFinder.Found ward) {
        static Located answeredBy(RestResponse<TemplateInstance> page) {
            return new Located(page, null, null);
        }
    }

    private Located locate(String slug, FlowState state, boolean choiceExpected, boolean sending) {
        Optional<Campaign> found = campaigns.campaign(slug);
        if (found.isEmpty()) {
            return Located.answeredBy(pages.missing(state, slug));
        }
        Campaign campaign = found.get();
        if (!campaign.acceptsLetters(clock.instant())) {
            return Located.answeredBy(pages.address(campaign, state, FieldErrors.NONE, Response.Status.CONFLICT));
        }
        ResidentMessages ui = words.in(state.language());
        WardFinder.Outcome where = wards.find(state, sending, ui);
        if (where instanceof WardFinder.Invalid invalid) {
            return Located.answeredBy(
                    pages.address(campaign, state, FieldErrors.of(invalid.error()), Response.Status.BAD_REQUEST));
        }
        if (where instanceof WardFinder.Ambiguous ambiguous) {
            return Located.answeredBy(pages.choose(
                    campaign,
                    state,
                    ambiguous,
                    choiceExpected ? FieldErrors.of(FieldError.of("ward", ui.choose_required())) : FieldErrors.NONE));
        }
        if (where instanceof WardFinder.SignedElsewhere elsewhere) {
            return Located.answeredBy(pages.letter(
                    campaign,
                    state,
                    elsewhere.location(),
                    null,
                    FieldErrors.of(FieldError.of("address", ui.address_other_ward())),
                    Response.Status.BAD_REQUEST));
        }
        return new Located(null, campaign, (WardFinder.Found) where);
    }

    /** "Send it for me" or "Open it in my email app". */
    @POST
    @Path(Frame.FLOW + "/send")
    public RestResponse<TemplateInstance> send(
            @RestPath String frame,
            @RestPath String slug,
            @BeanParam FlowForm form,
            @Context HttpServerRequest request) {
        FlowState state = FlowState.of(frame, form);
        FormGuard.Verdict verdict = guard.checkFilledByPerson(action(state, slug, "send"), form);
        if (verdict == FormGuard.Verdict.REFUSED) {
            return pages.refused(state, slug);
        }
        Located located = locate(slug, state, false, true);
        if (located.answer() != null) {
            return located.answer();
        }
        Campaign campaign = located.campaign();
        WardFinder.Found ward = located.ward();
        ResidentMessages ui = words.in(state.language());
        if (verdict == FormGuard.Verdict.HELD) {
            return pages.letter(
                    campaign,
                    state,
                    ward,
                    form,
                    FieldErrors.of(FieldError.of("mode", ui.send_again())),
                    Response.Status.BAD_REQUEST);
        }
        LetterSending.Outcome outcome;
        try {
            outcome = sending.send(campaign, ward.alder().ward(), state, form, ui, clients.of(request));
        } catch (RateLimited limited) {
            return pages.rateLimited(state, slug, limited.retryAfter());
        }
        if (outcome instanceof LetterSending.LetterProblems problems) {
            return pages.letter(
                    campaign,
                    state,
                    ward,
                    form,
                    problems.errors(),
                    problems.tooLong() ? Response.Status.REQUEST_ENTITY_TOO_LARGE : Response.Status.BAD_REQUEST);
        }
        SentLetter letter = ((LetterSending.Sent) outcome).letter();
        return letter.link() == null
                ? pages.thanks(campaign, state, letter.letter())
                : pages.handover(campaign, state, letter.link());
    }

    /** "I sent it", after a mail link: counted, then the thank-you page. */
    @POST
    @Path(Frame.FLOW + "/sent")
    public RestResponse<TemplateInstance> sentByResident(
            @RestPath String frame,
            @RestPath String slug,
            @BeanParam FlowForm form,
            @Context HttpServerRequest request) {
        FlowState state = FlowState.of(frame, form);
        FormGuard.Verdict verdict = guard.checkFilledByPerson(action(state, slug, "sent"), form);
        if (verdict == FormGuard.Verdict.REFUSED) {
            return pages.refused(state, slug);
        }
        if (verdict == FormGuard.Verdict.HELD) {
            return thanksPage(state, slug, form);
        }
        try {
            tracking.report(form.letter, new LetterEventRequest("self_reported"), clients.of(request));
        } catch (RateLimited limited) {
            return pages.rateLimited(state, slug, limited.retryAfter());
        } catch (UnknownLetter | NotALinkLetter notCounted) {
            Log.debugf(
                    "'I sent it' for letter %s not counted: %s",
                    form.letter, notCounted.getClass().getSimpleName());
        }
        return thanksPage(state, slug, form);
    }

    /** The thank-you page again (another language). */
    @POST
    @Path(Frame.FLOW + "/thanks")
    public RestResponse<TemplateInstance> thanks(
            @RestPath String frame, @RestPath String slug, @BeanParam FlowForm form) {
        FlowState state = FlowState.of(frame, form);
        if (guard.check(action(state, slug, "thanks"), form) != FormGuard.Verdict.PASSED) {
            return pages.refused(state, slug);
        }
        return thanksPage(state, slug, form);
    }

    private RestResponse<TemplateInstance> thanksPage(FlowState state, String slug, FlowForm form) {
        Optional<Campaign> campaign = campaigns.campaign(slug);
        if (campaign.isEmpty()) {
            return pages.missing(state, slug);
        }
        LetterReceipt letter;
        try {
            letter = tracking.letter(form.letter == null ? "" : form.letter.strip());
        } catch (UnknownLetter unknownLetter) {
            return RenderedPage.seeOther(state.flow(slug) + state.query());
        }
        if (!letter.campaign().equals(slug)) {
            return RenderedPage.seeOther(state.flow(slug) + state.query());
        }
        return pages.thanks(campaign.get(), state, letter);
    }

    /** The address a step's form posts to, which its token is signed for. */
    private static String action(FlowState state, String slug, String step) {
        return state.flow(slug) + "/" + step;
    }

    @ServerExceptionMapper
    public RestResponse<TemplateInstance> unexpected(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        return FailurePage.page(e, headers, Frame.ofPath(uri.getPath()), words);
    }
}
