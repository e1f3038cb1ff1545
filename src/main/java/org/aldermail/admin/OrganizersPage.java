package org.aldermail.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import org.aldermail.web.Language;
import org.aldermail.web.RequestLanguage;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** {@code /admin/organizers}: who can log in; organizers add and remove each other here. */
@Path("/admin/organizers")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Organizer.ROLE)
public class OrganizersPage {

    /** An account as listed, with its creation time in Chicago time. */
    public record Row(long id, String username, String email, String added, String addedBy, boolean you) {}

    /** The add form as typed (never the password), and what went wrong, if anything. */
    public record AddForm(String username, String email, String error) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(
                AdminFrame frame, List<Row> organizers, AddForm form, String notice, int minLength);
    }

    private final Organizers organizers;
    private final AdminFrames frames;
    private final AdminConfig config;

    public OrganizersPage(Organizers organizers, AdminFrames frames, AdminConfig config) {
        this.organizers = organizers;
        this.frames = frames;
        this.config = config;
    }

    @GET
    public TemplateInstance show(@RestQuery String lang, @RestQuery String notice, HttpHeaders headers) {
        Language language = RequestLanguage.of(lang, headers);
        AdminMessages words = words(language);
        String text = Notices.ADDED.equals(notice) ? null : Notices.text(notice, words);
        return page(language, new AddForm("", "", null), text);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> add(
            @RestForm String username,
            @RestForm String password,
            @RestForm String email,
            @RestForm String csrf,
            @RestForm String lang) {
        frames.requireToken(csrf);
        Language language = Language.fromCode(lang == null ? "" : lang).orElse(Language.EN);
        AdminMessages words = words(language);
        try {
            OrganizerView added = organizers.add(username, password, email, frames.organizer());
            return RestResponse.ok(page(language, new AddForm("", "", null), words.added(added.username())));
        } catch (OrganizerRejected rejected) {
            return RestResponse.status(
                    RestResponse.Status.BAD_REQUEST,
                    page(
                            language,
                            new AddForm(
                                    username == null ? "" : username,
                                    email == null ? "" : email,
                                    error(rejected.reason(), words)),
                            null));
        }
    }

    @POST
    @Path("{id}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> remove(
            @PathParam("id") long id, @RestForm String csrf, @RestForm String lang) {
        frames.requireToken(csrf);
        Language language = Language.fromCode(lang == null ? "" : lang).orElse(Language.EN);
        try {
            organizers.remove(id, frames.organizer());
            return RestResponse.seeOther(
                    URI.create("/admin/organizers?lang=" + language.code() + "&notice=" + Notices.REMOVED));
        } catch (OrganizerRejected rejected) {
            return RestResponse.status(
                    RestResponse.Status.BAD_REQUEST,
                    page(language, new AddForm("", "", error(rejected.reason(), words(language))), null));
        }
    }

    private TemplateInstance page(Language language, AddForm form, String notice) {
        AdminMessages words = words(language);
        String me = frames.organizer();
        List<Row> rows = organizers.list().stream()
                .map(o -> new Row(
                        o.id(),
                        o.username(),
                        o.email(),
                        Times.local(o.createdAt()),
                        o.createdBy(),
                        o.username().equals(me)))
                .toList();
        AdminFrame frame = frames.frame(language, words.nav_organizers(), code -> "/admin/organizers?lang=" + code);
        return Templates.show(frame, rows, form, notice, config.minPasswordLength())
                .setLocale(language.code());
    }

    private String error(OrganizerRejected.Reason reason, AdminMessages words) {
        return switch (reason) {
            case USERNAME_INVALID -> words.error_username_invalid();
            case USERNAME_TAKEN -> words.error_username_taken();
            case PASSWORD_TOO_SHORT -> words.error_password_short(config.minPasswordLength());
            case EMAIL_INVALID -> words.error_email_invalid();
            case REMOVE_SELF -> words.error_remove_self();
            case REMOVE_LAST -> words.error_remove_last();
            case UNKNOWN -> words.error_unknown();
        };
    }

    private static AdminMessages words(Language language) {
        return MessageBundles.get(AdminMessages.class, Localized.Literal.of(language.code()));
    }
}
