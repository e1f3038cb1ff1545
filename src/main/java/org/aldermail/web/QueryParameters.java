package org.aldermail.web;

/** Parses numeric query parameters with errors that name the parameter, instead of JAX-RS's generic 404. */
public final class QueryParameters {

    private QueryParameters() {}

    public static double requireDouble(String name, String value, double min, double max) {
        if (value == null || value.isBlank()) {
            throw Problems.invalidParameter(name, "Query parameter '" + name + "' is required.");
        }
        double parsed;
        try {
            parsed = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw Problems.invalidParameter(
                    name,
                    "Query parameter '" + name + "' must be a decimal number, not '" + Truncate.forMessage(value)
                            + "'.");
        }
        if (!Double.isFinite(parsed) || parsed < min || parsed > max) {
            throw Problems.invalidParameter(
                    name,
                    "Query parameter '" + name + "' must be between " + min + " and " + max + ", not '"
                            + Truncate.forMessage(value) + "'.");
        }
        return parsed;
    }
}
