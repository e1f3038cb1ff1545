package org.aldermail.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import org.aldermail.web.ProblemType;
import org.aldermail.web.Problems;

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
            throw Problems.of(ProblemType.UNKNOWN_CONFIRMATION, ProblemType.UNKNOWN_CONFIRMATION.description());
        }
        return store.confirm(ConfirmationTokens.hash(token))
                .orElseThrow(() ->
                        Problems.of(ProblemType.UNKNOWN_CONFIRMATION, ProblemType.UNKNOWN_CONFIRMATION.description()));
    }

    public LetterReceipt report(String id, LetterEventRequest request) {
        String type =
                request == null || request.type() == null ? "" : request.type().strip();
        LetterEvent.Kind kind = LetterEvent.Kind.fromApiName(type)
                .orElseThrow(() -> Problems.invalidField("type", "'type' must be 'opened' or 'self_reported'."));
        LetterReceipt letter = letter(id);
        if (letter.mode() != DeliveryMode.LINK) {
            throw Problems.of(
                    ProblemType.NOT_A_LINK_LETTER,
                    "Letter " + letter.id() + " was sent by the server; " + "its status shows whether it went out.");
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
        return Problems.of(
                ProblemType.UNKNOWN_LETTER,
                "There is no letter with id '" + org.aldermail.web.Truncate.forMessage(String.valueOf(id)) + "'.");
    }
}
