package org.aldermail.delivery;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.aldermail.abuse.ClientAddresses;
import org.aldermail.web.ApiProblems;
import org.aldermail.web.JsonBodies;
import org.aldermail.web.ProblemException;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A letter after it was sent in: its status, its confirmation, link-mode reports. */
@Path("/api/v1/letters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LetterResource {

    private final LetterTracking tracking;
    private final JsonBodies bodies;
    private final ClientAddresses clients;

    public LetterResource(LetterTracking tracking, JsonBodies bodies, ClientAddresses clients) {
        this.tracking = tracking;
        this.bodies = bodies;
        this.clients = clients;
    }

    @GET
    @Path("{id}")
    @Extension(name = ApiProblems.EXTENSION, value = "unknown-letter")
    public LetterReceipt letter(@PathParam("id") String id) {
        return tracking.letter(id);
    }

    @POST
    @Path("{id}/events")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LetterEventRequest.class)))
    @APIResponse(
            responseCode = "202",
            description = "Recorded",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LetterReceipt.class)))
    @Extension(name = ApiProblems.EXTENSION, value = "invalid-field unknown-letter not-a-link-letter rate-limited")
    public Response report(@PathParam("id") String id, @Context HttpServerRequest request, String body) {
        LetterEventRequest event = bodies.read(body, LetterEventRequest.class, () -> {
            throw ProblemException.invalidField("type", m -> m.detail_required("type"));
        });
        return Response.accepted(tracking.report(id, event, clients.of(request)))
                .build();
    }

    @POST
    @Path("confirm")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ConfirmationRequest.class)))
    @Extension(name = ApiProblems.EXTENSION, value = "invalid-field unknown-confirmation")
    public ConfirmationOutcome confirm(String body) {
        // Read like every other body, so broken JSON is an invalid-field problem, not the framework's bare 400.
        ConfirmationRequest request = body == null || body.isBlank()
                ? null
                : bodies.read(body, ConfirmationRequest.class, () -> {
                    throw new UnknownConfirmation();
                });
        return tracking.confirm(request == null ? null : request.token());
    }
}
