package org.aldermail.delivery;

import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Where the confirmation email's link lands. Opening it only shows the letter: mail scanners open links
 * too, so the letter is queued by the button's POST, never by the GET.
 */
@Path("/letters/confirm/{token}")
@Produces(MediaType.TEXT_HTML)
public class ConfirmationPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance question(String token, ConfirmationPreview letter);

        static native TemplateInstance outcome(String language, String alderName, String result);
    }

    private final LetterTracking tracking;

    public ConfirmationPage(LetterTracking tracking) {
        this.tracking = tracking;
    }

    @GET
    public TemplateInstance show(@PathParam("token") String token) {
        Optional<ConfirmationPreview> letter = tracking.preview(token);
        if (letter.isEmpty()) {
            return Templates.outcome("en", "", "unknown");
        }
        if (letter.get().status() != LetterStatus.PENDING_CONFIRMATION) {
            return Templates.outcome(letter.get().language(), letter.get().alderName(),
                    letter.get().status() == LetterStatus.EXPIRED ? "expired" : "already");
        }
        return Templates.question(token, letter.get()).setLocale(letter.get().language());
    }

    @POST
    public TemplateInstance confirm(@PathParam("token") String token) {
        try {
            ConfirmationOutcome outcome = tracking.confirm(token);
            String result = switch (outcome.result()) {
                case CONFIRMED -> "done";
                case ALREADY_CONFIRMED -> "already";
                case EXPIRED -> "expired";
            };
            Optional<ConfirmationPreview> letter = tracking.preview(token);
            String language = letter.map(ConfirmationPreview::language).orElse("en");
            return Templates.outcome(language, outcome.letter().alder(), result).setLocale(language);
        } catch (HttpProblem unknown) {
            return Templates.outcome("en", "", "unknown");
        }
    }
}
