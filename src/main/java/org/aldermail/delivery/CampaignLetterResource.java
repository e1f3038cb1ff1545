package org.aldermail.delivery;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.aldermail.abuse.ClientAddresses;
import org.aldermail.web.ApiProblems;
import org.aldermail.web.JsonBodies;
import org.aldermail.web.ProblemException;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Where residents (and partners' forms) send letters. */
@Path("/api/v1/campaigns/{slug}/letters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignLetterResource {

    static final int MAX_IDEMPOTENCY_KEY = 200;

    private final LetterSubmissions submissions;
    private final JsonBodies bodies;
    private final ClientAddresses clients;

    public CampaignLetterResource(LetterSubmissions submissions, JsonBodies bodies, ClientAddresses clients) {
        this.submissions = submissions;
        this.bodies = bodies;
        this.clients = clients;
    }

    /** 202 with the letter's status (server mode) or 200 with compose links (link mode). */
    @POST
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LetterSubmission.class)))
    @APIResponse(
            responseCode = "202",
            description = "Server mode: the letter is stored and waits for confirmation or the outbox",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LetterReceipt.class)))
    @APIResponse(
            responseCode = "200",
            description = "Link mode: compose links for the resident's own mail client",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LinkLetter.class)))
    @Extension(
            name = ApiProblems.EXTENSION,
            value = "invalid-field invalid-parameter proof-of-work-required unknown-campaign campaign-closed"
                    + " letter-too-long ward-ambiguous ward-mismatch idempotency-key-reused rate-limited "
                    + ApiProblems.ADDRESS)
    public Response submit(
            @PathParam("slug") String slug,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Context HttpServerRequest request,
            String body) {
        LetterSubmission submission = bodies.read(body, LetterSubmission.class, () -> {
            throw ProblemException.invalidField("body", m -> m.detail_body_required());
        });
        StoredAnswer answer = submissions.submit(slug, submission, idempotencyKey(idempotencyKey), clients.of(request));
        return Response.status(answer.status())
                .type(MediaType.APPLICATION_JSON)
                .entity(answer.json())
                .build();
    }

    private static Optional<String> idempotencyKey(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String key = header.strip();
        if (key.length() > MAX_IDEMPOTENCY_KEY || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw ProblemException.invalidParameter(
                    "Idempotency-Key", m -> m.detail_idempotency_key(MAX_IDEMPOTENCY_KEY));
        }
        return Optional.of(key);
    }
}
