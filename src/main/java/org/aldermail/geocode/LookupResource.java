package org.aldermail.geocode;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.aldermail.ward.PointLookup;
import org.aldermail.ward.WardService;
import org.aldermail.web.ProblemType;
import org.aldermail.web.Problems;
import org.aldermail.web.QueryParameters;

/** {@code GET /api/v1/lookup}: the ward of an address ({@code address=}) or of a point ({@code lat=&lon=}). */
@Path("/api/v1/lookup")
@Produces(MediaType.APPLICATION_JSON)
public class LookupResource {

    private final AddressLookupService addresses;
    private final WardService wards;

    public LookupResource(AddressLookupService addresses, WardService wards) {
        this.addresses = addresses;
        this.wards = wards;
    }

    @GET
    public Object lookup(
            @QueryParam("address") String address, @QueryParam("lat") String lat, @QueryParam("lon") String lon) {
        if (address != null) {
            if (lat != null || lon != null) {
                throw Problems.invalidParameter("address", "Give either 'address' or 'lat' and 'lon', not both.");
            }
            try {
                return addresses.lookup(address);
            } catch (GeocodeException e) {
                throw GeocodeProblems.of(e, "address");
            }
        }
        if (lat == null && lon == null) {
            throw Problems.invalidParameter("address", "Query parameter 'address' (or 'lat' and 'lon') is required.");
        }
        return point(lat, lon);
    }

    private PointLookup point(String lat, String lon) {
        double latitude = QueryParameters.requireDouble("lat", lat, -90, 90);
        double longitude = QueryParameters.requireDouble("lon", lon, -180, 180);
        return wards.lookup(latitude, longitude)
                .orElseThrow(() -> Problems.of(
                        ProblemType.OUTSIDE_CITY,
                        "The point " + latitude + ", " + longitude + " is not inside any Chicago ward."));
    }
}
