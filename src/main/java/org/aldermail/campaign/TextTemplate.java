package org.aldermail.campaign;

import io.quarkus.qute.Template;

/**
 * A piece of campaign text with placeholders, checked when the campaign is loaded: every brace pair is a known
 * placeholder, so rendering it fills everything and leaves the rest of the text exactly as written.
 *
 * @param source the text as the organizer wrote it, placeholders included
 */
public record TextTemplate(String source, Template template) {

    /** Plain text: the Qute engine that parsed it has no escaping result mapper. */
    String render(Placeholders values) {
        return template.render(values.data());
    }
}
