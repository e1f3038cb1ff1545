package org.aldermail.delivery;

/** What opening a confirmation link did. */
public record ConfirmationOutcome(LetterReceipt letter, Result result) {

    public enum Result {
        CONFIRMED,
        ALREADY_CONFIRMED,
        EXPIRED
    }
}
