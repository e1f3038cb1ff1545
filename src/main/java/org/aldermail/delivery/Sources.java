package org.aldermail.delivery;

/** Where a letter came from (a partner's code, counted in the public stats): the one home of its rule. */
public final class Sources {

    /** The longest source (the size of its column). */
    public static final int MAX_LENGTH = 80;

    /** Up to {@value #MAX_LENGTH} letters, digits, '.', '_' or '-', surrounding spaces ignored. */
    public static final String PATTERN = "^\\s*[A-Za-z0-9._-]{1," + MAX_LENGTH + "}\\s*$";

    public static final String DIRECT = "direct";

    private Sources() {}

    public static boolean isValid(String source) {
        return source != null && source.matches(PATTERN);
    }

    /** The source as stored: {@link #DIRECT} when none was given. */
    public static String orDirect(String source) {
        return source == null || source.isBlank() ? DIRECT : source.strip();
    }
}
