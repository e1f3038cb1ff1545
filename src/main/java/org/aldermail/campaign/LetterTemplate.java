package org.aldermail.campaign;

/**
 * A campaign's letter body, cut at the line {@code {personalNote}} where the resident's optional sentence goes.
 *
 * @param source the body as the organizer wrote it, marker line included
 * @param before the text above the marker (may be empty)
 * @param after  the text below the marker (may be empty)
 */
public record LetterTemplate(String source, TextTemplate before, TextTemplate after) {

    /** The body for one letter, still in two parts so the personal sentence can go between them. */
    record Filled(String before, String after) {}

    Filled fill(Placeholders values) {
        return new Filled(before.render(values), after.render(values));
    }
}
