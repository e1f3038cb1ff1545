package org.aldermail.web;

/** Keeps echoed user input in error messages short and printable. */
public final class Truncate {

    private static final int MAX_ECHO = 40;

    private Truncate() {}

    public static String forMessage(String input) {
        String printable = input.codePoints()
                .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return printable.length() <= MAX_ECHO ? printable : printable.substring(0, MAX_ECHO) + "…";
    }
}
