package org.aldermail.resident;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aldermail.abuse.ProofOfWork;
import org.aldermail.campaign.Campaign;
import org.aldermail.delivery.LetterReceipt;
import org.aldermail.delivery.LinkLetter;
import org.aldermail.ward.WardDirectory;
import org.aldermail.web.Language;
import org.aldermail.web.Page;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Each step of the flow as a page: its template data, its language switch and its HTTP status. The resources decide
 * which step comes next; this class only draws it.
 */
@ApplicationScoped
public class StepPages {

    private final CampaignViews views;
    private final LetterDrafts drafts;
    private final WardDirectory directory;
    private final ResidentConfig config;
    private final Words words;
    private final ProofOfWork proofOfWork;
    private final ObjectMapper json;

    public StepPages(
            CampaignViews views,
            LetterDrafts drafts,
            WardDirectory directory,
            ResidentConfig config,
            Words words,
            ProofOfWork proofOfWork,
            ObjectMapper json) {
        this.proofOfWork = proofOfWork;
        this.json = json;
        this.views = views;
        this.drafts = drafts;
        this.directory = directory;
        this.config = config;
        this.words = words;
    }

    /** Step 1 by a link: nothing typed yet, the language switch by links. */
    RestResponse<TemplateInstance> campaign(Campaign campaign, FlowState state) {
        Language language = state.language();
        CampaignView view = views.withCounter(campaign, language, state.frame());
        Page page = Page.linked(
                        language.code(),
                        view.title(),
                        false,
                        code -> view.flow()
                                + state.query(Language.fromCode(code).orElseThrow()))
                .embedded(state.frame().embedded());
        return RenderedPage.ok(
                ResidentTemplates.campaign(page, view, new Steps.AddressStep("", FieldErrors.NONE, state.hidden())),
                language);
    }

    /** Step 1 from a post: what was typed, and any problem with it (a closed campaign says so instead). */
    RestResponse<TemplateInstance> address(
            Campaign campaign, FlowState state, FieldErrors errors, Response.Status status) {
        CampaignView view = views.withCounter(campaign, state.language(), state.frame());
        FlowState kept = state.withoutLocation();
        Page page = Page.posted(state.lang(), view.title(), !errors.isEmpty(), view.flow(), kept.hidden())
                .embedded(state.frame().embedded());
        Steps.AddressStep step =
                new Steps.AddressStep(state.address() == null ? "" : state.address(), errors, kept.hidden("address"));
        return RenderedPage.page(status, ResidentTemplates.campaign(page, view, step), state.language());
    }

    /** The address lies where two wards meet: the resident chooses. */
    RestResponse<TemplateInstance> choose(
            Campaign campaign, FlowState state, WardFinder.Ambiguous ambiguous, FieldErrors errors) {
        ResidentMessages ui = words.in(state.language());
        FlowState unchosen = state.withoutWard();
        Page page = Page.posted(
                        state.lang(),
                        ui.choose_title(),
                        !errors.isEmpty(),
                        state.flow(campaign.slug()) + "/letter",
                        unchosen.hidden())
                .embedded(state.frame().embedded());
        Steps.WardChoice step = new Steps.WardChoice(
                ambiguous.normalized(),
                ambiguous.candidates(),
                StreetQuestions.of(ambiguous, state.language()),
                config.boardOfElectionsUrl().toString(),
                errors,
                unchosen.hidden(),
                LetterDrafts.changeAddress(state));
        return RenderedPage.page(
                errors.isEmpty() ? Response.Status.OK : Response.Status.BAD_REQUEST,
                ResidentTemplates.choose(page, views.of(campaign, state.language(), state.frame()), step),
                state.language());
    }

    /** Step 2: the alder's card and the letter; {@code posted} keeps the resident's edits when shown again. */
    RestResponse<TemplateInstance> letter(
            Campaign campaign,
            FlowState state,
            WardFinder.Found ward,
            FlowForm posted,
            FieldErrors errors,
            Response.Status status) {
        ResidentMessages ui = words.in(state.language());
        Steps.LetterStep step = drafts.letterStep(campaign, state, ward, posted, errors);
        FlowState withWard = state.withWard(ward.alder().ward());
        Page page = Page.posted(
                        state.lang(),
                        ui.letter_title(ward.alder().name()),
                        !errors.isEmpty(),
                        state.flow(campaign.slug()) + "/letter",
                        withWard.hidden())
                .embedded(state.frame().embedded());
        return RenderedPage.page(
                status,
                ResidentTemplates.letter(
                        page, views.of(campaign, state.language(), state.frame()), step, proofOfWorkWidget(ui)),
                state.language());
    }

    /** Link mode: the links and the text; switching language goes back to the letter in that language. */
    RestResponse<TemplateInstance> handover(Campaign campaign, FlowState state, LinkLetter link) {
        ResidentMessages ui = words.in(state.language());
        List<Page.Hidden> carried = new ArrayList<>(state.hidden());
        carried.add(new Page.Hidden("letter", link.id()));
        Page page = Page.posted(
                        state.lang(),
                        ui.handover_title(),
                        false,
                        state.flow(campaign.slug()) + "/letter",
                        state.hidden())
                .embedded(state.frame().embedded());
        Steps.Handover step = new Steps.Handover(link, alder(link.ward()), carried);
        return RenderedPage.ok(
                ResidentTemplates.handover(page, views.of(campaign, state.language(), state.frame()), step),
                state.language());
    }

    RestResponse<TemplateInstance> thanks(Campaign campaign, FlowState state, LetterReceipt letter) {
        ResidentMessages ui = words.in(state.language());
        List<Page.Hidden> carried = new ArrayList<>(state.hidden("lat", "lon", "ward", "note", "ccMe"));
        carried.add(new Page.Hidden("letter", letter.id()));
        Page page = Page.posted(
                        state.lang(), ui.thanks_title(), false, state.flow(campaign.slug()) + "/thanks", carried)
                .embedded(state.frame().embedded());
        Steps.Thanks step = drafts.thanks(campaign, state, letter, alder(letter.ward()));
        return RenderedPage.ok(
                ResidentTemplates.thanks(page, views.of(campaign, state.language(), state.frame()), step),
                state.language());
    }

    /** A form post that did not come from our page, or from one open too long: start again (400), nothing done. */
    RestResponse<TemplateInstance> refused(FlowState state, String slug) {
        Language language = state.language();
        Frame frame = state.frame();
        ResidentMessages ui = words.in(language);
        Page page = Page.linked(language.code(), ui.form_refused_title(), false, code -> frame.home(slug, code))
                .embedded(frame.embedded());
        return RenderedPage.page(
                Response.Status.BAD_REQUEST, ResidentTemplates.failure(page, ui.form_refused_text()), language);
    }

    private Steps.ProofOfWorkWidget proofOfWorkWidget(ResidentMessages ui) {
        if (!proofOfWork.required()) {
            return null;
        }
        Map<String, String> strings = new LinkedHashMap<>();
        strings.put("label", ui.pow_label());
        strings.put("verifying", ui.pow_verifying());
        strings.put("verified", ui.pow_verified());
        strings.put("error", ui.pow_error());
        strings.put("expired", ui.pow_expired());
        strings.put("waitAlert", ui.pow_wait());
        strings.put("verificationRequired", ui.pow_wait());
        strings.put("loading", ui.pow_loading());
        strings.put("verify", ui.pow_verify());
        try {
            return new Steps.ProofOfWorkWidget("/api/v1/altcha/challenge", json.writeValueAsString(strings));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    RestResponse<TemplateInstance> missing(FlowState state, String slug) {
        Language language = state.language();
        Frame frame = state.frame();
        ResidentMessages ui = words.in(language);
        Page page = Page.linked(language.code(), ui.missing_title(), false, code -> frame.home(slug, code))
                .embedded(frame.embedded());
        return RenderedPage.page(Response.Status.NOT_FOUND, ResidentTemplates.missing(page), language);
    }

    /** Over a rate limit: when to try again, with {@code Retry-After}; nothing was sent or counted. */
    RestResponse<TemplateInstance> rateLimited(FlowState state, String slug, Duration retryAfter) {
        Language language = state.language();
        ResidentMessages ui = words.in(language);
        String back = state.flow(slug) + "?lang=";
        Page page = Page.linked(language.code(), ui.rate_limited_title(), false, code -> back + code)
                .embedded(state.frame().embedded());
        long seconds = retryAfter.toSeconds();
        long minutes = Math.max(1, (seconds + 59) / 60);
        String when = minutes < 120 ? ui.rate_limited_minutes(minutes) : ui.rate_limited_hours((minutes + 59) / 60);
        return RestResponse.ResponseBuilder.create(
                        RestResponse.Status.TOO_MANY_REQUESTS,
                        ResidentTemplates.rateLimited(page, back + language.code(), when)
                                .setLocale(language.locale()))
                .header(HttpHeaders.RETRY_AFTER, seconds)
                .build();
    }

    private AlderCard alder(int ward) {
        return directory
                .alder(ward)
                .map(AlderCard::of)
                .orElseThrow(() -> new IllegalStateException("No alder for ward " + ward));
    }
}
