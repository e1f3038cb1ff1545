package org.aldermail.ward;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.aldermail.web.ProblemType;
import org.aldermail.web.Problems;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The ward feature's domain errors as API problems. */
public class WardProblemMappers {

    @ServerExceptionMapper
    public Response outside(PointOutsideCity e, HttpHeaders headers) {
        return Problems.response(
                ProblemType.OUTSIDE_CITY,
                headers,
                Problems.messages(headers)
                        .detail_point_outside_city(
                                String.valueOf(e.point().lat()),
                                String.valueOf(e.point().lon())));
    }
}
