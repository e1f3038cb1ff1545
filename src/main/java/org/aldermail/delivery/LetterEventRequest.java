package org.aldermail.delivery;

/** A link-mode report: {@code opened} (the compose link was used) or {@code self_reported} ("I sent it"). */
public record LetterEventRequest(String type) {}
