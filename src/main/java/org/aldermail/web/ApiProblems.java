package org.aldermail.web;

/**
 * How a resource method tells the API description ({@code /q/openapi}) which problem types it answers with: an
 * operation extension naming their slugs, which {@link ApiDescription} turns into one application/problem+json
 * response per status. For example {@code @Extension(name = ApiProblems.EXTENSION, value = "unknown-ward")}.
 */
public final class ApiProblems {

    /** The operation extension; its value is the {@linkplain ProblemType#slug() slugs}, separated by spaces. */
    public static final String EXTENSION = "x-aldermail-problems";

    /** The media type of every API error. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** The answers of the address lookup, wherever an address is read. */
    public static final String ADDRESS = "outside-city address-unparseable street-not-found number-out-of-range"
            + " direction-needed address-not-locatable address-lookup-unavailable";

    private ApiProblems() {}
}
