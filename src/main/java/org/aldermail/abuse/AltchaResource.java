package org.aldermail.abuse;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

/** The proof-of-work challenge the ALTCHA widget (or an API client) solves before a server-mode letter. */
@Path("/api/v1/altcha/challenge")
public class AltchaResource {

    private final ProofOfWork proofOfWork;

    public AltchaResource(ProofOfWork proofOfWork) {
        this.proofOfWork = proofOfWork;
    }

    /** A fresh challenge each time, never cached. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public RestResponse<AltchaChallenge> challenge() {
        return RestResponse.ResponseBuilder.ok(proofOfWork.challenge())
                .header("Cache-Control", "no-store")
                .build();
    }
}
