package org.aldermail.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;

/** Makes each problem {@code type} URI resolvable to a short description, in the reader's language. */
@Path("/problems")
public class ProblemTypeResource {

    @GET
    @Path("{slug}")
    @Produces(MediaType.TEXT_PLAIN)
    public String describe(@PathParam("slug") String slug, HttpHeaders headers) {
        ProblemMessages m = Problems.messages(headers);
        return Arrays.stream(ProblemType.values())
                .filter(type -> type.slug().equals(slug))
                .findFirst()
                .map(type -> m.problem_page(type.title(m), type.status(), type.description(m)))
                .orElseThrow(NotFoundException::new);
    }
}
