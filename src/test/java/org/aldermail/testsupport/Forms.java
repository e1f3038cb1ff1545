package org.aldermail.testsupport;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what a rendered page puts in its forms, as a browser would post it back. */
public final class Forms {

    private static final Pattern TOKEN_FIELD =
            Pattern.compile("<input type=\"hidden\" name=\"formToken\" value=\"([^\"]+)\">");

    private Forms() {}

    /** The form token of the form that posts to {@code action} (its {@code action} attribute, query included). */
    public static String token(String page, String action) {
        int form = page.indexOf("action=\"" + action + "\"");
        if (form < 0) {
            throw new AssertionError("No form posts to " + action);
        }
        Matcher token = TOKEN_FIELD.matcher(page);
        if (!token.find(form)) {
            throw new AssertionError("The form that posts to " + action + " has no token");
        }
        return token.group(1);
    }
}
