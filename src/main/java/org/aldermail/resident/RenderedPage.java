package org.aldermail.resident;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.aldermail.web.Language;
import org.jboss.resteasy.reactive.RestResponse;

/** A page in its language, with its status: 200, 400 for a form to fix, 404, 409 for a closed campaign. */
final class RenderedPage {

    private RenderedPage() {}

    static RestResponse<TemplateInstance> page(Response.Status status, TemplateInstance page, Language language) {
        return RestResponse.status(status, page.setLocale(language.locale()));
    }

    static RestResponse<TemplateInstance> ok(TemplateInstance page, Language language) {
        return page(Response.Status.OK, page, language);
    }

    /** Post/redirect/get, or a step's address opened directly: back to the campaign page. */
    static RestResponse<TemplateInstance> seeOther(String location) {
        return RestResponse.seeOther(URI.create(location));
    }
}
