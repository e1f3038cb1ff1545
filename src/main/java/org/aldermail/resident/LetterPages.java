package org.aldermail.resident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.logging.Log;
import io.quarkus.qute.TemplateInstance;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import org.aldermail.campaign.Campaign;
import org.aldermail.campaign.CampaignService;
import org.aldermail.delivery.LetterEventRequest;
import org.aldermail.delivery.LetterReceipt;
import org.aldermail.delivery.LetterTracking;
import org.aldermail.delivery.SentLetter;
import org.aldermail.ward.WardDirectory;
import org.aldermail.web.Page;
import org.aldermail.web.UiMessages;

/**
 * The steps after the address, each a form post that renders the next page: the ward chooser or the letter
 * ({@code letter}), sending it ({@code send}), "I sent it" after a mail link ({@code sent}), and the thank-you page
 * again in another language ({@code thanks}). The resident's state travels in hidden fields; nothing is kept between
 * requests but the letter itself, so any instance can answer any step.
 *
 * <p>Sending renders its answer instead of redirecting: the thank-you page shows the resident's name and address (in
 * the phone script), which must not go into a URL. Posting it twice is harmless: the delivery service answers a
 * second identical server letter with the first one.
 */
@Path("/c/{slug}")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class LetterPages {

    private static final String CHOOSING = "choose";

    private final CampaignService campaigns;
    private final CampaignPages campaignPages;
    private final CampaignViews views;
    private final WardFinder wards;
    private final LetterDrafts drafts;
    private final LetterSending sending;
    private final LetterTracking tracking;
    private final WardDirectory directory;
    private final ResidentConfig config;
    private final Words words;

    public LetterPages(CampaignService campaigns, CampaignPages campaignPages, CampaignViews views, WardFinder wards,
            LetterDrafts drafts, LetterSending sending, LetterTracking tracking, WardDirectory directory,
            ResidentConfig config, Words words) {
        this.campaigns = campaigns;
        this.campaignPages = campaignPages;
        this.views = views;
        this.wards = wards;
        this.drafts = drafts;
        this.sending = sending;
        this.tracking = tracking;
        this.directory = directory;
        this.config = config;
        this.words = words;
    }

    /** From the address box, the ward chooser or a language switch: the chooser, the letter, or the problem. */
    @POST
    @Path("letter")
    public RestResponse<TemplateInstance> letter(@RestPath String slug, @BeanParam FlowForm form) {
        FlowState state = FlowState.of(form);
        Optional<Campaign> found = campaigns.campaign(slug);
        if (found.isEmpty()) {
            return campaignPages.missing(state.language());
        }
        Campaign campaign = found.get();
        if (!campaign.acceptsLetters(Instant.now())) {
            return campaignPages.addressStep(campaign, state, FieldErrors.NONE, Response.Status.CONFLICT);
        }
        UiMessages ui = words.in(state.language());
        WardFinder.Outcome where = wards.find(state, ui);
        if (where instanceof WardFinder.Invalid invalid) {
            return campaignPages.addressStep(campaign, state, FieldErrors.of(invalid.error()),
                    Response.Status.BAD_REQUEST);
        }
        if (where instanceof WardFinder.Ambiguous ambiguous) {
            boolean unanswered = CHOOSING.equals(form.step);
            return choose(campaign, state, ambiguous, unanswered
                    ? FieldErrors.of(FieldError.of("ward", ui.choose_required())) : FieldErrors.NONE);
        }
        return letterPage(campaign, state, (WardFinder.Found) where, null, FieldErrors.NONE, Response.Status.OK);
    }

    /** "Send it for me" or "Open it in my email app". */
    @POST
    @Path("send")
    public RestResponse<TemplateInstance> send(@RestPath String slug, @BeanParam FlowForm form) {
        FlowState state = FlowState.of(form);
        Optional<Campaign> found = campaigns.campaign(slug);
        if (found.isEmpty()) {
            return campaignPages.missing(state.language());
        }
        Campaign campaign = found.get();
        if (!campaign.acceptsLetters(Instant.now())) {
            return campaignPages.addressStep(campaign, state, FieldErrors.NONE, Response.Status.CONFLICT);
        }
        UiMessages ui = words.in(state.language());
        WardFinder.Outcome where = wards.find(state, ui);
        if (where instanceof WardFinder.Invalid invalid) {
            return campaignPages.addressStep(campaign, state, FieldErrors.of(invalid.error()),
                    Response.Status.BAD_REQUEST);
        }
        if (where instanceof WardFinder.Ambiguous ambiguous) {
            return choose(campaign, state, ambiguous, FieldErrors.NONE);
        }
        WardFinder.Found ward = (WardFinder.Found) where;
        FieldErrors errors = LetterChecks.check(form, state.byLocation(), ui);
        if (!errors.isEmpty()) {
            return letterPage(campaign, state, ward, form, errors, Response.Status.BAD_REQUEST);
        }
        LetterSending.Outcome outcome = sending.send(slug, state, form, ui);
        if (outcome instanceof LetterSending.Sent sent) {
            return sent(campaign, state, sent.letter());
        }
        if (outcome instanceof LetterSending.LetterProblems problems) {
            return letterPage(campaign, state, ward, form, problems.errors(), Response.Status.BAD_REQUEST);
        }
        if (outcome instanceof LetterSending.AddressProblem problem) {
            return campaignPages.addressStep(campaign, state, FieldErrors.of(problem.error()),
                    Response.Status.BAD_REQUEST);
        }
        if (outcome instanceof LetterSending.ChooseAgain) {
            form.ward = null;
            return letter(slug, form);
        }
        if (outcome instanceof LetterSending.Closed) {
            return campaignPages.addressStep(campaign, state, FieldErrors.NONE, Response.Status.CONFLICT);
        }
        return campaignPages.missing(state.language());
    }

    /** "I sent it", after a mail link: counted, then the thank-you page. */
    @POST
    @Path("sent")
    public RestResponse<TemplateInstance> sentByResident(@RestPath String slug, @BeanParam FlowForm form) {
        try {
            tracking.report(form.letter, new LetterEventRequest("self_reported"));
        } catch (HttpProblem notALinkLetter) {
            Log.debugf("'I sent it' for letter %s not counted: %s", form.letter, notALinkLetter.getTitle());
        }
        return thanks(slug, form);
    }

    /** The thank-you page again (another language). */
    @POST
    @Path("thanks")
    public RestResponse<TemplateInstance> thanks(@RestPath String slug, @BeanParam FlowForm form) {
        FlowState state = FlowState.of(form);
        Optional<Campaign> campaign = campaigns.campaign(slug);
        if (campaign.isEmpty()) {
            return campaignPages.missing(state.language());
        }
        LetterReceipt letter;
        try {
            letter = tracking.letter(form.letter == null ? "" : form.letter.strip());
        } catch (HttpProblem unknownLetter) {
            return Render.seeOther("/c/" + slug + state.query());
        }
        if (!letter.campaign().equals(slug)) {
            return Render.seeOther("/c/" + slug + state.query());
        }
        return thanksPage(campaign.get(), state, letter);
    }

    @ServerExceptionMapper
    public RestResponse<TemplateInstance> unexpected(RuntimeException e, HttpHeaders headers) {
        return PageFailures.page(e, headers, words);
    }

    private RestResponse<TemplateInstance> sent(Campaign campaign, FlowState state, SentLetter sent) {
        if (sent.link() == null) {
            return thanksPage(campaign, state, sent.letter());
        }
        UiMessages ui = words.in(state.language());
        CampaignView view = views.of(campaign, state.language());
        AlderCard alder = directory.alder(sent.link().ward()).map(AlderCard::of).orElseThrow();
        List<Page.Hidden> carried = new ArrayList<>(state.hidden());
        carried.add(new Page.Hidden("letter", sent.link().id()));
        Page page = Page.posted(state.lang(), ui.handover_title(), false, "/c/" + campaign.slug() + "/letter",
                state.hidden());
        return Render.ok(ResidentTemplates.handover(page, view, new Steps.Handover(sent.link(), alder, carried)),
                state.language());
    }

    private RestResponse<TemplateInstance> thanksPage(Campaign campaign, FlowState state, LetterReceipt letter) {
        UiMessages ui = words.in(state.language());
        CampaignView view = views.of(campaign, state.language());
        AlderCard alder = directory.alder(letter.ward()).map(AlderCard::of).orElseThrow();
        List<Page.Hidden> carried = new ArrayList<>(state.hidden("lat", "lon", "ward", "note", "ccMe"));
        carried.add(new Page.Hidden("letter", letter.id()));
        Page page = Page.posted(state.lang(), ui.thanks_title(), false, "/c/" + campaign.slug() + "/thanks",
                carried);
        return Render.ok(ResidentTemplates.thanks(page, view, drafts.thanks(campaign, state, letter, alder)),
                state.language());
    }

    private RestResponse<TemplateInstance> choose(Campaign campaign, FlowState state,
            WardFinder.Ambiguous ambiguous, FieldErrors errors) {
        UiMessages ui = words.in(state.language());
        CampaignView view = views.of(campaign, state.language());
        FlowState unchosen = state.withoutWard();
        Page page = Page.posted(state.lang(), ui.choose_title(), !errors.isEmpty(),
                "/c/" + campaign.slug() + "/letter", unchosen.hidden());
        Steps.WardChoice step = new Steps.WardChoice(ambiguous.normalized(), ambiguous.candidates(),
                config.boardOfElectionsUrl().toString(), errors, unchosen.hidden(),
                LetterDrafts.changeAddress(state));
        return Render.page(errors.isEmpty() ? Response.Status.OK : Response.Status.BAD_REQUEST,
                ResidentTemplates.choose(page, view, step), state.language());
    }

    private RestResponse<TemplateInstance> letterPage(Campaign campaign, FlowState state, WardFinder.Found ward,
            FlowForm posted, FieldErrors errors, Response.Status status) {
        UiMessages ui = words.in(state.language());
        CampaignView view = views.of(campaign, state.language());
        Steps.LetterStep step = drafts.letterStep(campaign, state, ward, posted, errors);
        FlowState withWard = new FlowState(state.language(), state.source(), state.address(), state.lat(),
                state.lon(), ward.alder().ward(), state.name(), state.email(), state.note(), state.ccMe());
        Page page = Page.posted(state.lang(), ui.letter_title(ward.alder().name()), !errors.isEmpty(),
                "/c/" + campaign.slug() + "/letter", withWard.hidden());
        return Render.page(status, ResidentTemplates.letter(page, view, step), state.language());
    }

}
