package org.aldermail.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.aldermail.web.Language;
import org.aldermail.web.Page;
import org.aldermail.web.RequestLanguage;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The organizers' pages' failures: a form without the right CSRF token (403, with a page that says to reload and try
 * again), and a failed login or a session that no longer holds (back to the login page).
 */
public class AdminProblemMappers {

    @CheckedTemplate(basePath = "AdminProblemMappers")
    static class Templates {
        static native TemplateInstance csrf(Page page);
    }

    /**
     * A wrong password at {@code /j_security_check}, or a session cookie whose organizer was removed: back to the
     * login page (with {@code ?error=true} after a wrong password), as Quarkus's form login does on its own. Ahead of
     * the resteasy-problem extension's mapper, which answers 500 for these on this Quarkus version.
     */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response authenticationFailed(AuthenticationFailedException failed, HttpServerRequest request) {
        boolean loginPost = "/j_security_check".equals(request.path());
        return Response.status(Response.Status.FOUND)
                .location(URI.create(loginPost ? "/admin/login?error=true" : "/admin/login"))
                .header("Cache-Control", "no-store")
                .build();
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
