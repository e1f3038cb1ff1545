package org.aldermail.web;

/** Parses numeric query parameters with errors that name the parameter, instead of JAX-RS's generic 404. */
public final class QueryParameters {

    private QueryParameters() {}

    public static double requireDouble(String name, String value, double min, double max) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidParameter(name, m -> m.detail_required(name));
        }
        double parsed;
        try {
            parsed = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter(name, m -> m.detail_not_a_number(name, Truncate.forMessage(value)));
        }
        if (!Double.isFinite(parsed) || parsed < min || parsed > max) {
            throw ProblemException.invalidParameter(name, m -> m.detail_range(name, plain(min), plain(max)));
        }
        return parsed;
    }

    private static String plain(double bound) {
        return bound == Math.rint(bound) ? String.valueOf((long) bound) : String.valueOf(bound);
    }
}
