package org.aldermail.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;

/** {@code POST /admin/logout}: ends the session by expiring its cookie. */
@Path("/admin/logout")
@RolesAllowed(Organizer.ROLE)
public class SessionResource {

    private final AdminFrames frames;
    private final String cookieName;
    private final String cookiePath;

    public SessionResource(
            AdminFrames frames,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
                    String cookieName,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-path", defaultValue = "/") String cookiePath) {
        this.frames = frames;
        this.cookieName = cookieName;
        this.cookiePath = cookiePath;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout(@RestForm String csrf, @RestForm String lang) {
        frames.requireToken(csrf);
        String language = lang != null && lang.matches("[a-z]{2}") ? lang : "en";
        NewCookie expired = new NewCookie.Builder(cookieName)
                .value("")
                .path(cookiePath)
                .maxAge(0)
                .httpOnly(true)
                .secure(true)
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
        return Response.seeOther(URI.create("/admin/login?logged-out=true&lang=" + language))
                .cookie(expired)
                .build();
    }
}
