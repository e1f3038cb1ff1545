package org.aldermail.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.util.Optional;

/** A letter after submission: its status, the resident's confirmation, link-mode reports. */
@ApplicationScoped
public class LetterTracking {

    private static final int MAX_TOKEN = 100;

    private final LetterStore store;

    LetterTracking(LetterStore store) {
        this.store = store;
    }

    public LetterReceipt letter(String id) {
        return store.findByPublicId(id == null ? "" : id).orElseThrow(() -> unknownLetter(id));
    }

    /** What a confirmation link would confirm, without confirming it (mail scanners open links too). */
    public Optional<ConfirmationPreview> preview(String token) {
        return validToken(token) ? store.previewConfirmation(ConfirmationTokens.hash(token)) : Optional.empty();
    }

    public ConfirmationOutcome confirm(String token) {
        if (!validToken(token)) {
            throw new UnknownConfirmation();
        }
        return store.confirm(ConfirmationTokens.hash(token)).orElseThrow(UnknownConfirmation::new);
    }

    public LetterReceipt report(String id, LetterEventRequest request) {
        LetterEvent.Kind kind = LetterEvent.Kind.fromApiName(
                        request.type().strip().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new IllegalArgumentException("Unchecked event type"));
        LetterReceipt letter = letter(id);
        if (letter.mode() != DeliveryMode.LINK) {
            throw new NotALinkLetter(letter.id());
        }
        try {
            return store.recordEvent(letter.id(), kind).orElseThrow(() -> unknownLetter(id));
        } catch (PersistenceException concurrentTwin) {
            // The same report from the same letter committed first: it is recorded once, as it should be.
            return letter(letter.id());
        }
    }

    private static boolean validToken(String token) {
        return token != null && !token.isBlank() && token.length() <= MAX_TOKEN;
    }

    private static RuntimeException unknownLetter(String id) {
        return new UnknownLetter(id);
    }
}
