package org.aldermail.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;

/** Makes each problem {@code type} URI resolvable to a short human-readable description. */
@Path("/problems")
public class ProblemTypeResource {

    @GET
    @Path("{slug}")
    @Produces(MediaType.TEXT_PLAIN)
    public String describe(@PathParam("slug") String slug) {
        return Arrays.stream(ProblemType.values())
                .filter(type -> type.slug().equals(slug))
                .findFirst()
                .map(type -> type.title() + " (HTTP " + type.status() + ")\n\n" + type.description() + "\n")
                .orElseThrow(NotFoundException::new);
    }
}
