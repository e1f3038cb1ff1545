package org.aldermail.campaign;

import java.util.Optional;

/**
 * A numbered note that the letter cites as {@code [n]}.
 *
 * @param text the note as written after {@code [n]}, URL included
 * @param url  the note's first web address, if it has one (court filings often have none)
 */
public record Footnote(int number, String text, Optional<String> url) {

    /** The line as the letter prints it. */
    public String line() {
        return "[" + number + "] " + text;
    }
}
