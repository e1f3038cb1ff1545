package org.aldermail.delivery;

/** What a resident is about to confirm. */
public record ConfirmationPreview(String language, String alderName, int ward, String subject, LetterStatus status) {}
