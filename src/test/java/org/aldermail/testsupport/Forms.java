package org.aldermail.testsupport;

import io.quarkus.arc.Arc;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aldermail.abuse.FormTokens;

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

    /**
     * The fields as a browser would post them to {@code action} after a person filled the form: with a token for
     * that form, and the application's clock moved past the minimum fill time (instead of waiting for it).
     */
    public static <V> Map<String, Object> filledByAPerson(String action, Map<String, V> fields) {
        Map<String, Object> signed = new HashMap<>(fields);
        signed.putIfAbsent(
                "formToken", Arc.container().instance(FormTokens.class).get().issue(action));
        Arc.container().instance(TestClock.class).get().advance(Duration.ofSeconds(3));
        return signed;
    }
}
