package org.aldermail.campaign;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The letter around the campaign's body: {@code templates/letter/letter.txt}, plain text (no escaping). */
@CheckedTemplate(basePath = "letter")
final class LetterTemplates {

    private LetterTemplates() {}

    static native TemplateInstance letter(LetterLayout letter);
}
