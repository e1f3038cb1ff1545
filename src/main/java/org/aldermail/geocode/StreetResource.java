package org.aldermail.geocode;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.aldermail.web.ApiProblems;
import org.aldermail.web.ProblemException;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

/** {@code GET /api/v1/streets?q=fuller}: up to 10 street names for the address box. */
@Path("/api/v1/streets")
@Produces(MediaType.APPLICATION_JSON)
public class StreetResource {

    private final AddressLookupService addresses;

    public StreetResource(AddressLookupService addresses) {
        this.addresses = addresses;
    }

    @GET
    @Extension(name = ApiProblems.EXTENSION, value = "invalid-parameter address-lookup-unavailable")
    public List<StreetCompletion> complete(@QueryParam("q") String q) {
        if (q == null || q.isBlank()) {
            throw ProblemException.invalidParameter("q", m -> m.detail_required("q"));
        }
        try {
            return addresses.completions(q);
        } catch (GeocodeException e) {
            throw LookupResource.asParameter(e, "q");
        }
    }
}
