package org.aldermail.delivery;

import jakarta.validation.constraints.NotBlank;
import org.aldermail.web.FieldRules;
import org.aldermail.web.OneOf;

/** A report on a link-mode letter: its mail link was opened, or the resident says they sent it. */
public record LetterEventRequest(
        @NotBlank(message = FieldRules.REQUIRED) @OneOf({"opened", "self_reported"})
        String type) {}
