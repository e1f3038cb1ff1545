package org.aldermail.localmail;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.aldermail.web.Language;
import org.aldermail.web.Page;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /dev/mailbox}: what the app sent in a local run. Built into the {@code local} package only, so a production
 * package answers 404 here whatever its configuration.
 */
@IfBuildProfile(LocalMailbox.PROFILE)
@Path(MailboxPage.PATH)
@Produces(MediaType.TEXT_HTML)
public class MailboxPage {

    static final String PATH = "/dev/mailbox";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page page, List<LocalMail> mails);

        static native TemplateInstance mail(Page page, LocalMail mail);
    }

    private final LocalMailbox mailbox;

    public MailboxPage(LocalMailbox mailbox) {
        this.mailbox = mailbox;
    }

    @GET
    public TemplateInstance list(@RestQuery String lang) {
        String language = language(lang);
        return Templates.list(page(language, PATH), mailbox.all()).setLocale(language);
    }

    @GET
    @Path("{id}")
    public TemplateInstance mail(@PathParam("id") long id, @RestQuery String lang) {
        LocalMail mail = mailbox.find(id).orElseThrow(NotFoundException::new);
        String language = language(lang);
        return Templates.mail(page(language, PATH + "/" + id), mail).setLocale(language);
    }

    private static Page page(String language, String path) {
        String title = MessageBundles.get(LocalMailMessages.class, Localized.Literal.of(language))
                .title();
        return Page.linked(language, title, false, code -> path + "?lang=" + code);
    }

    private static String language(String requested) {
        return Language.fromCode(requested).orElse(Language.EN).code();
    }
}
