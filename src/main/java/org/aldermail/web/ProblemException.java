package org.aldermail.web;

import java.util.Map;
import java.util.function.Function;

/**
 * A problem a resource finds in the request itself (a malformed parameter or header), with its detail written in
 * the request's language when the answer is rendered. Features below the resources throw their own domain
 * exceptions instead.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final transient Function<ProblemMessages, String> detail;
    private final transient Map<String, ?> extensions;

    public ProblemException(ProblemType type, Function<ProblemMessages, String> detail, Map<String, ?> extensions) {
        super(type.slug(), null, false, false);
        this.type = type;
        this.detail = detail;
        this.extensions = Map.copyOf(extensions);
    }

    public static ProblemException invalidParameter(String parameter, Function<ProblemMessages, String> detail) {
        return new ProblemException(ProblemType.INVALID_PARAMETER, detail, Map.of("parameter", parameter));
    }

    public static ProblemException invalidField(String field, Function<ProblemMessages, String> detail) {
        return new ProblemException(ProblemType.INVALID_FIELD, detail, Map.of("field", field));
    }

    public ProblemType type() {
        return type;
    }

    public String detail(ProblemMessages messages) {
        return detail.apply(messages);
    }

    public Map<String, ?> extensions() {
        return extensions;
    }
}
