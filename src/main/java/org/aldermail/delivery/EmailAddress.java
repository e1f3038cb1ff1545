package org.aldermail.delivery;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One mailbox address of printable ASCII, without display name or list: nothing that could add a recipient or a
 * header. The one home of the rule for every email a resident gives us.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;

    private static final Pattern MAILBOX =
            Pattern.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}$");

    public EmailAddress {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not one mailbox address");
        }
    }

    /** The address typed, with surrounding spaces (only spaces: a trailing CR LF is an injection attempt). */
    public static Optional<EmailAddress> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String value = tidy(typed);
        return isValid(value) ? Optional.of(new EmailAddress(value)) : Optional.empty();
    }

    public static boolean isValidTyped(String typed) {
        return typed != null && isValid(tidy(typed));
    }

    /** The same mailbox however it is capitalised, for telling one resident's letters apart. */
    public String canonical() {
        return value.toLowerCase(Locale.ROOT);
    }

    private static boolean isValid(String value) {
        return value != null
                && value.length() <= MAX_LENGTH
                && MAILBOX.matcher(value).matches();
    }

    private static String tidy(String typed) {
        return typed.replaceAll("^ +| +$", "");
    }
}
