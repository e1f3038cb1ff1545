package org.aldermail.geocode;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The US Census Bureau geocoder's one-line-address endpoint (no key needed). */
@Path("/geocoder/locations")
@RegisterRestClient(configKey = "census-geocoder")
public interface CensusClient {

    @GET
    @Path("onelineaddress")
    @Produces(MediaType.APPLICATION_JSON)
    CensusResponse oneLineAddress(
            @QueryParam("address") String address,
            @QueryParam("benchmark") String benchmark,
            @QueryParam("format") String format);
}
