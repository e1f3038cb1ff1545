package org.aldermail.delivery;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Where residents (and partners' forms) send letters. */
@Path("/api/v1/campaigns/{slug}/letters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignLetterResource {

    private final SubmissionService submissions;

    public CampaignLetterResource(SubmissionService submissions) {
        this.submissions = submissions;
    }

    /** 202 with the letter's status (server mode) or 200 with compose links (link mode). */
    @POST
    public Response submit(
            @PathParam("slug") String slug,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            LetterSubmission submission) {
        SubmissionResult result = submissions.submit(slug, submission, idempotencyKey);
        return Response.status(result.status())
                .type(MediaType.APPLICATION_JSON)
                .entity(result.json())
                .build();
    }
}
