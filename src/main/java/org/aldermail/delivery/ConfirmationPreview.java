package org.aldermail.delivery;

/** What a resident is about to confirm: the letter as it will go out, shown only behind the emailed link. */
public record ConfirmationPreview(
        String language,
        String alderName,
        int ward,
        String residentName,
        String subject,
        String body,
        LetterStatus status) {}
