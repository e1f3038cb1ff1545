package org.aldermail.delivery;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LetterResource {

    private final SubmissionService submissions;
    private final LetterTracking tracking;

    public LetterResource(SubmissionService submissions, LetterTracking tracking) {
        this.submissions = submissions;
        this.tracking = tracking;
    }

    /** 202 with the letter's status (server mode) or 200 with compose links (link mode). */
    @POST
    @Path("campaigns/{slug}/letters")
    public Response submit(@PathParam("slug") String slug, @HeaderParam("Idempotency-Key") String idempotencyKey,
            LetterSubmission submission) {
        SubmissionResult result = submissions.submit(slug, submission, idempotencyKey);
        return Response.status(result.status()).type(MediaType.APPLICATION_JSON).entity(result.json()).build();
    }

    @GET
    @Path("letters/{id}")
    public LetterReceipt letter(@PathParam("id") String id) {
        return tracking.letter(id);
    }

    @POST
    @Path("letters/{id}/events")
    public Response report(@PathParam("id") String id, LetterEventRequest event) {
        return Response.accepted(tracking.report(id, event)).build();
    }

    @POST
    @Path("letters/confirm")
    public ConfirmationOutcome confirm(ConfirmationRequest request) {
        return tracking.confirm(request == null ? null : request.token());
    }
}
