package org.aldermail.web;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.util.Map;

/** Builds the application/problem+json errors of the API (RFC 9457); the problem extension renders them. */
public final class Problems {

    private Problems() {}

    public static HttpProblem of(ProblemType type, String detail) {
        return of(type, detail, Map.of());
    }

    public static HttpProblem of(ProblemType type, String detail, Map<String, ?> extensions) {
        HttpProblem.Builder builder = HttpProblem.builder()
                .withType(type.uri())
                .withTitle(type.title())
                .withStatus(type.status())
                .withDetail(detail);
        extensions.forEach(builder::with);
        return builder.build();
    }

    public static HttpProblem invalidField(String field, String detail) {
        return of(ProblemType.INVALID_FIELD, detail, Map.of("field", field));
    }

    public static HttpProblem invalidParameter(String parameter, String detail) {
        return of(ProblemType.INVALID_PARAMETER, detail, Map.of("parameter", parameter));
    }
}
