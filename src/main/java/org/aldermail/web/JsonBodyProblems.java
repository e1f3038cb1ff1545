package org.aldermail.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Objects;

/**
 * A request body that is not JSON, or JSON of the wrong shape, as our own {@code invalid-field} problem in the
 * reader's language. The problem extension maps Jackson's exceptions itself (ahead of any mapper of ours), so its
 * answer is rewritten here, after the fact.
 */
@ApplicationScoped
public class JsonBodyProblems implements ProblemPostProcessor {

    private final CurrentVertxRequest request;

    public JsonBodyProblems(CurrentVertxRequest request) {
        this.request = request;
    }

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        JsonProcessingException json = jsonCause(context.cause);
        if (json == null || problem.getStatusCode() != ProblemType.INVALID_FIELD.status()) {
            return problem;
        }
        Language language = RequestLanguage.ofHeader(
                request.getCurrent() == null
                        ? null
                        : request.getCurrent().request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        ProblemMessages m = Problems.messages(language);
        String field = json instanceof JsonMappingException mapping ? field(mapping) : "body";
        return HttpProblem.builder()
                .withType(ProblemType.INVALID_FIELD.uri())
                .withTitle(ProblemType.INVALID_FIELD.title(m))
                .withStatus(ProblemType.INVALID_FIELD.status())
                .withDetail(field.equals("body") ? m.detail_not_json() : m.detail_invalid(field))
                .withInstance(problem.getInstance())
                .withHeader(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .with("field", field)
                .build();
    }

    /** Jackson's exception, thrown as it is or wrapped by the REST layer's body reader. */
    private static JsonProcessingException jsonCause(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonProcessingException json) {
                return json;
            }
        }
        return null;
    }

    private static String field(JsonMappingException e) {
        return e.getPath().stream()
                .map(JsonMappingException.Reference::getFieldName)
                .filter(Objects::nonNull)
                .reduce((first, last) -> last)
                .orElse("body");
    }
}
