package org.aldermail.web;

/**
 * The message templates of every field constraint in the request records. A constraint names the rule it checks
 * with one of these; {@link ValidationProblems} and the pages turn the rule (with the constraint's {@code max},
 * {@code min}) into words in the reader's language. Hibernate Validator leaves these templates as they are.
 */
public final class FieldRules {

    public static final String REQUIRED = "{aldermail.required}";
    public static final String TOO_LONG = "{aldermail.too-long}";
    /** A one-line field (it may reach a mail header) holds a line break, control or invisible character. */
    public static final String ONE_LINE = "{aldermail.one-line}";
    /** A multi-line text holds a control or invisible formatting character. */
    public static final String CONTROL_CHARACTER = "{aldermail.control-character}";

    public static final String EMAIL = "{aldermail.email}";
    public static final String ONE_OF = "{aldermail.one-of}";
    public static final String LANGUAGE = "{aldermail.language}";
    public static final String SOURCE = "{aldermail.source}";
    public static final String RANGE = "{aldermail.range}";
    public static final String COORDINATES_PAIR = "{aldermail.coordinates-pair}";

    private FieldRules() {}
}
