package org.aldermail.delivery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.aldermail.abuse.FormGuard;
import org.aldermail.abuse.GuardedForm;
import org.aldermail.web.Language;
import org.aldermail.web.Page;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Where the confirmation email's link lands. Opening it only shows the letter: mail scanners open links
 * too, so the letter is queued by the button's POST, never by the GET. The page is in the letter's language;
 * {@code ?lang=} switches it. The button's form carries a signed token ({@link FormGuard}): a post without one, from
 * another site, or from a page open too long confirms nothing.
 */
@Path("/letters/confirm/{token}")
@Produces(MediaType.TEXT_HTML)
public class ConfirmationPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance question(Page page, String token, ConfirmationPreview letter);

        static native TemplateInstance outcome(Page page, String alderName, String result);
    }

    private final LetterTracking tracking;
    private final FormGuard guard;

    public ConfirmationPage(LetterTracking tracking, FormGuard guard) {
        this.tracking = tracking;
        this.guard = guard;
    }

    @GET
    public TemplateInstance show(@PathParam("token") String token, @RestQuery String lang) {
        Optional<ConfirmationPreview> letter = tracking.preview(token);
        if (letter.isEmpty()) {
            return outcome(token, language(lang, Language.EN.code()), "", "unknown");
        }
        String language = language(lang, letter.get().language());
        if (letter.get().status() != LetterStatus.PENDING_CONFIRMATION) {
            return outcome(
                    token,
                    language,
                    letter.get().alderName(),
                    letter.get().status() == LetterStatus.EXPIRED ? "expired" : "already");
        }
        return Templates.question(page(token, language), token, letter.get()).setLocale(language);
    }

    @POST
    public RestResponse<TemplateInstance> confirm(
            @PathParam("token") String token, @RestQuery String lang, @BeanParam GuardedForm form) {
        if (guard.check("/letters/confirm/" + token, form) != FormGuard.Verdict.PASSED) {
            String language = language(
                    lang,
                    tracking.preview(token).map(ConfirmationPreview::language).orElse(Language.EN.code()));
            return RestResponse.status(RestResponse.Status.BAD_REQUEST, outcome(token, language, "", "refused"));
        }
        return RestResponse.ok(confirmed(token, lang));
    }

    private TemplateInstance confirmed(String token, String lang) {
        try {
            ConfirmationOutcome outcome = tracking.confirm(token);
            String result = switch (outcome.result()) {
                case CONFIRMED -> "done";
                case ALREADY_CONFIRMED -> "already";
                case EXPIRED -> "expired";
            };
            Optional<ConfirmationPreview> letter = tracking.preview(token);
            String language =
                    language(lang, letter.map(ConfirmationPreview::language).orElse(Language.EN.code()));
            return outcome(token, language, outcome.letter().alder(), result);
        } catch (UnknownConfirmation unknown) {
            return outcome(token, language(lang, Language.EN.code()), "", "unknown");
        }
    }

    private static TemplateInstance outcome(String token, String language, String alderName, String result) {
        return Templates.outcome(page(token, language), alderName, result).setLocale(language);
    }

    /** The page in its language, with links to itself in the others (a GET: it only shows, never confirms). */
    private static Page page(String token, String language) {
        String title = MessageBundles.get(DeliveryMessages.class, Localized.Literal.of(language))
                .confirm_title();
        return Page.linked(language, title, false, code -> "/letters/confirm/" + token + "?lang=" + code);
    }

    private static String language(String requested, String fallback) {
        return Language.fromCode(requested)
                .or(() -> Language.fromCode(fallback))
                .orElse(Language.EN)
                .code();
    }
}
