package org.aldermail.geocode;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.aldermail.ward.Coordinates;
import org.aldermail.ward.PointLookup;
import org.aldermail.ward.WardService;
import org.aldermail.web.ApiProblems;
import org.aldermail.web.Language;
import org.aldermail.web.ProblemException;
import org.aldermail.web.QueryParameters;
import org.aldermail.web.RequestLanguage;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

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
    @APIResponse(
            responseCode = "200",
            description = "The ward of the address (with how it was read) or of the point",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(oneOf = {AddressLookup.class, PointLookup.class})))
    @Extension(name = ApiProblems.EXTENSION, value = "invalid-parameter " + ApiProblems.ADDRESS)
    public Object lookup(
            @QueryParam("address") String address,
            @QueryParam("lat") String lat,
            @QueryParam("lon") String lon,
            HttpHeaders headers) {
        if (address != null) {
            if (lat != null || lon != null) {
                throw ProblemException.invalidParameter("address", m -> m.detail_address_or_point());
            }
            return byAddress(address, "address", headers);
        }
        if (lat == null && lon == null) {
            throw ProblemException.invalidParameter("address", m -> m.detail_address_or_point_required());
        }
        return wards.require(new Coordinates(
                QueryParameters.requireDouble("lat", lat, Coordinates.MIN_LATITUDE, Coordinates.MAX_LATITUDE),
                QueryParameters.requireDouble("lon", lon, Coordinates.MIN_LONGITUDE, Coordinates.MAX_LONGITUDE)));
    }

    private AddressLookup byAddress(String address, String parameter, HttpHeaders headers) {
        try {
            Language language = RequestLanguage.of(null, headers);
            return addresses.lookup(address).worded(CandidateWords.in(language), CandidateWords.questionIn(language));
        } catch (GeocodeException e) {
            throw asParameter(e, parameter);
        }
    }

    /** Text that is no address at all is a bad query parameter; every other failure keeps its own problem. */
    static RuntimeException asParameter(GeocodeException e, String parameter) {
        if (e.failure() instanceof AddressFailure.InvalidText) {
            return ProblemException.invalidParameter(parameter, m -> GeocodeProblemMappers.detail(e.failure(), m));
        }
        return e;
    }
}
