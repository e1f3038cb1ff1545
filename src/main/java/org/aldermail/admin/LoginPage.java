package org.aldermail.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.aldermail.web.Language;
import org.aldermail.web.Page;
import org.aldermail.web.RequestLanguage;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /admin/login}: Quarkus's form login posts to {@code /j_security_check} from here, and comes back here with
 * {@code ?error=true} on a wrong password. Without any organizer account it says how to create the first.
 */
@Path("/admin/login")
@Produces(MediaType.TEXT_HTML)
public class LoginPage {

    /**
     * @param notice what happened just before, or null
     * @param error  whether the notice reports a problem
     * @param setup  how to create the first account, when there is none (else null)
     */
    public record Login(String notice, boolean error, String setup) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Page page, Login login);
    }

    private final Organizers organizers;
    private final AdminConfig config;

    public LoginPage(Organizers organizers, AdminConfig config) {
        this.organizers = organizers;
        this.config = config;
    }

    @GET
    public TemplateInstance show(
            @RestQuery String lang,
            @RestQuery boolean error,
            @RestQuery boolean locked,
            @RestQuery("logged-out") boolean loggedOut,
            HttpHeaders headers) {
        Language language = RequestLanguage.of(lang, headers);
        AdminMessages words = MessageBundles.get(AdminMessages.class, Localized.Literal.of(language.code()));
        String notice = locked
                ? words.login_locked(Math.max(1, config.lockout().toMinutes()))
                : error ? words.login_error() : loggedOut ? words.login_logged_out() : null;
        String setup = organizers.anyExists() ? null : words.login_no_account(config.minPasswordLength());
        Page page =
                Page.linked(language.code(), words.login_title(), error || locked, code -> "/admin/login?lang=" + code);
        return Templates.show(page, new Login(notice, error || locked, setup)).setLocale(language.code());
    }
}
