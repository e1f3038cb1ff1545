package org.aldermail.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * {@code /admin/sso}: the way in through the coalition's identity provider, when OpenID Connect is configured (see
 * README, "For organizers"): the provider's login happens before this runs; then on to the campaigns.
 */
@Path("/admin/sso")
@RolesAllowed(Organizer.ROLE)
public class SsoResource {

    @GET
    public Response signedIn() {
        return Response.seeOther(URI.create("/admin")).build();
    }
}
