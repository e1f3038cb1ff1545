package org.aldermail.ward;

import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.aldermail.web.ProblemType;
import org.aldermail.web.Problems;
import org.aldermail.web.QueryParameters;
import org.aldermail.web.Truncate;

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
    public WardView one(@PathParam("number") String number) {
        return parseWard(number).flatMap(wards::ward).orElseThrow(() -> Problems.of(ProblemType.UNKNOWN_WARD,
                "There is no ward '" + Truncate.forMessage(number) + "'; Chicago's wards are numbered 1 to 50."));
    }

    @GET
    @Path("lookup")
    public PointLookup lookup(@QueryParam("lat") String lat, @QueryParam("lon") String lon) {
        double latitude = QueryParameters.requireDouble("lat", lat, -90, 90);
        double longitude = QueryParameters.requireDouble("lon", lon, -180, 180);
        return wards.lookup(latitude, longitude).orElseThrow(() -> Problems.of(ProblemType.OUTSIDE_CITY,
                "The point " + latitude + ", " + longitude + " is not inside any Chicago ward."));
    }

    private static Optional<Integer> parseWard(String text) {
        try {
            return Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
