package org.aldermail.ward;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aldermail.web.ApiProblems;
import org.aldermail.web.ProblemException;
import org.aldermail.web.ProblemType;
import org.aldermail.web.Truncate;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

/** The wards and their alders. Point and address lookups are in {@code org.aldermail.geocode.LookupResource}. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class WardResource {

    private final WardService wards;

    public WardResource(WardService wards) {
        this.wards = wards;
    }

    @GET
    @Path("wards")
    public List<WardView> all() {
        return wards.wards();
    }

    @GET
    @Path("wards/{number}")
    @Extension(name = ApiProblems.EXTENSION, value = "unknown-ward")
    public WardView one(@PathParam("number") String number) {
        return parseWard(number)
                .flatMap(wards::ward)
                .orElseThrow(() -> new ProblemException(
                        ProblemType.UNKNOWN_WARD, m -> m.detail_unknown_ward(Truncate.forMessage(number)), Map.of()));
    }

    private static Optional<Integer> parseWard(String text) {
        try {
            return Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
