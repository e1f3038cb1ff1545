package org.aldermail.abuse;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.aldermail.web.ProblemType;
import org.aldermail.web.Problems;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The defences' refusals as API problems. */
public class AbuseProblemMappers {

    @ServerExceptionMapper
    public Response rateLimited(RateLimited e, HttpHeaders headers) {
        long seconds = e.retryAfter().toSeconds();
        Response problem = Problems.response(
                ProblemType.RATE_LIMITED, headers, Problems.messages(headers).detail_rate_limited(seconds));
        return Response.fromResponse(problem)
                .header(HttpHeaders.RETRY_AFTER, seconds)
                .build();
    }
}
