package org.aldermail.delivery;

/**
 * What a resident (or a partner's form) posts to send a letter. Either {@code address} or {@code lat} and
 * {@code lon}; {@code ward} confirms one of the candidates when the address lies where two wards meet.
 */
public record LetterSubmission(
        String name,
        String email,
        String address,
        Double lat,
        Double lon,
        Integer ward,
        String language,
        String subject,
        String body,
        String personalNote,
        String mode,
        Boolean ccMe,
        String source) {}
