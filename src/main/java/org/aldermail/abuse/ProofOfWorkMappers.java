package org.aldermail.abuse;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.aldermail.web.ProblemType;
import org.aldermail.web.Problems;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A missing or unusable proof of work as an API problem that says how to get one, not what was wrong. */
public class ProofOfWorkMappers {

    @ServerExceptionMapper
    public Response proofOfWorkFailed(ProofOfWorkFailed e, HttpHeaders headers) {
        return Problems.response(
                ProblemType.PROOF_OF_WORK_REQUIRED,
                headers,
                Problems.messages(headers).detail_proof_of_work_required());
    }
}
