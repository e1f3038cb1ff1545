package org.aldermail.web;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The API's answers to malformed requests: a parameter or header a resource refused, or a broken field rule. */
public class WebProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers) {
        return Problems.response(e.type(), headers, e.detail(Problems.messages(headers)), e.extensions());
    }

    /**
     * A request record that broke a field rule, as REST validation reports it. Mapped by its own type so it wins
     * over the generic mappers of the problem and validator extensions: ours names the field the way the API
     * documents it.
     */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response invalidRequest(ResteasyReactiveViolationException e, HttpHeaders headers) {
        return invalid(e, headers);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response invalid(ConstraintViolationException e, HttpHeaders headers) {
        return problem(FieldViolation.problemOf(e.getConstraintViolations()), headers);
    }
}
