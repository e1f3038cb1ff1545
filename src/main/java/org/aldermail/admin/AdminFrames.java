package org.aldermail.admin;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.function.Function;
import org.aldermail.web.Language;
import org.aldermail.web.Page;

/** The frame of the current request's organizers' page: the logged-in organizer and their form token. */
@RequestScoped
public class AdminFrames {

    private final SecurityIdentity identity;
    private final AdminCsrf csrf;

    AdminFrames(SecurityIdentity identity, AdminCsrf csrf) {
        this.identity = identity;
        this.csrf = csrf;
    }

    public String organizer() {
        return identity.getPrincipal().getName();
    }

    public AdminFrame frame(Language language, String title, Function<String, String> href) {
        return new AdminFrame(Page.linked(language.code(), title, false, href), organizer(), csrf.token(organizer()));
    }

    /** @throws CsrfRefused unless the form carried the organizer's token */
    public void requireToken(String token) {
        if (!csrf.valid(organizer(), token)) {
            throw new CsrfRefused();
        }
    }
}
