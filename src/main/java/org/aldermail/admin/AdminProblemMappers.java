package org.aldermail.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.aldermail.web.Language;
import org.aldermail.web.Page;
import org.aldermail.web.RequestLanguage;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** An organizers' form without the right CSRF token: 403, with a page that says to reload and try again. */
public class AdminProblemMappers {

    @CheckedTemplate(basePath = "AdminProblemMappers")
    static class Templates {
        static native TemplateInstance csrf(Page page);
    }

    @ServerExceptionMapper
    public Response csrfRefused(CsrfRefused refused, HttpHeaders headers) {
        Language language = RequestLanguage.of(null, headers);
        AdminMessages words = MessageBundles.get(AdminMessages.class, Localized.Literal.of(language.code()));
        Page page = Page.linked(language.code(), words.csrf_title(), true, code -> "/admin?lang=" + code);
        return Response.status(Response.Status.FORBIDDEN)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.csrf(page).setLocale(language.code()).render())
                .build();
    }
}
