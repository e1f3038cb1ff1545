package org.aldermail.delivery;

/** The answer to a link-mode submission: the letter, ready for the resident's own mail client. */
public record LinkLetter(
        String id,
        String campaign,
        LetterStatus status,
        int ward,
        String alder,
        String to,
        String mailto,
        String gmail,
        String outlook,
        String subject,
        String body,
        boolean shortened,
        String fullText) {

    static LinkLetter of(LetterReceipt receipt, String to, ComposeLinks links) {
        return new LinkLetter(
                receipt.id(),
                receipt.campaign(),
                receipt.status(),
                receipt.ward(),
                receipt.alder(),
                to,
                links.mailto(),
                links.gmail(),
                links.outlook(),
                links.subject(),
                links.body(),
                links.shortened(),
                links.fullText());
    }
}
