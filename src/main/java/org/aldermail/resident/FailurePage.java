package org.aldermail.resident;

import io.quarkus.logging.Log;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.aldermail.campaign.LetterTooLong;
import org.aldermail.web.Language;
import org.aldermail.web.Page;
import org.aldermail.web.RequestLanguage;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * What a resident sees when a page cannot be answered: a page in their words (never JSON or a stack trace), with the
 * HTTP status that says what happened (413 for a letter too long to send, even once filled in by the campaign's
 * text). Only real failures (5xx) are logged with their cause.
 */
final class FailurePage {

    private static final int TOO_LARGE = 413;

    private FailurePage() {}

    static RestResponse<TemplateInstance> page(RuntimeException e, HttpHeaders headers, Frame frame, Words words) {
        Language language = RequestLanguage.of(null, headers);
        ResidentMessages ui = words.in(language);
        int status = e instanceof WebApplicationException web
                ? web.getResponse().getStatus()
                : e instanceof LetterTooLong ? TOO_LARGE : 500;
        if (status >= 500) {
            Log.error("Resident page failed", e);
        }
        String title =
                status == TOO_LARGE ? ui.too_large_title() : status < 500 ? ui.bad_request_title() : ui.failure_title();
        String text =
                status == TOO_LARGE ? ui.too_large_text() : status < 500 ? ui.bad_request_text() : ui.failure_text();
        Page page = Page.linked(language.code(), title, false, code -> "/?lang=" + code)
                .embedded(frame.embedded());
        return RenderedPage.page(
                Response.Status.fromStatusCode(status) == null
                        ? Response.Status.INTERNAL_SERVER_ERROR
                        : Response.Status.fromStatusCode(status),
                ResidentTemplates.failure(page, text),
                language);
    }
}
