package org.aldermail.geocode;

import io.quarkiverse.resteasy.problem.HttpProblem;
import org.aldermail.web.ProblemType;
import org.aldermail.web.Problems;

/** Each reason an address lookup fails, as its own problem type. */
public final class GeocodeProblems {

    private GeocodeProblems() {}

    /** For an address sent as a query parameter. */
    static HttpProblem of(GeocodeException e, String parameter) {
        return e.reason() == GeocodeException.Reason.INVALID_INPUT
                ? Problems.invalidParameter(parameter, e.getMessage())
                : ofAddress(e);
    }

    /** For an address sent as a field of a JSON body. */
    public static HttpProblem ofBodyField(GeocodeException e, String field) {
        return e.reason() == GeocodeException.Reason.INVALID_INPUT
                ? Problems.invalidField(field, e.getMessage())
                : ofAddress(e);
    }

    private static HttpProblem ofAddress(GeocodeException e) {
        return switch (e.reason()) {
            case INVALID_INPUT -> throw new IllegalArgumentException("handled by the callers");
            case UNPARSEABLE -> Problems.of(ProblemType.ADDRESS_UNPARSEABLE, e.getMessage(), e.details());
            case STREET_NOT_FOUND -> Problems.of(ProblemType.STREET_NOT_FOUND, e.getMessage(), e.details());
            case NUMBER_OUT_OF_RANGE -> Problems.of(ProblemType.NUMBER_OUT_OF_RANGE, e.getMessage(), e.details());
            case DIRECTION_NEEDED -> Problems.of(ProblemType.DIRECTION_NEEDED, e.getMessage(), e.details());
            case NOT_LOCATABLE -> Problems.of(ProblemType.ADDRESS_NOT_LOCATABLE, e.getMessage(), e.details());
            case OUTSIDE_CITY -> Problems.of(ProblemType.OUTSIDE_CITY, e.getMessage(), e.details());
            case UNAVAILABLE -> Problems.of(ProblemType.ADDRESS_LOOKUP_UNAVAILABLE, e.getMessage(), e.details());
        };
    }
}
