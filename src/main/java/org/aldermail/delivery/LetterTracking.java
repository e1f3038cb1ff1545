package org.aldermail.delivery;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import org.aldermail.abuse.ClientAddress;
import org.aldermail.abuse.RateLimits;
import org.aldermail.campaign.Campaign;
import org.aldermail.campaign.CampaignService;

/** A letter after submission: its status, the resident's confirmation, link-mode reports. */
@ApplicationScoped
public class LetterTracking {

    private static final int MAX_TOKEN = 100;

    private final LetterStore store;
    private final RateLimits rateLimits;
    private final CampaignService campaigns;

    LetterTracking(LetterStore store, RateLimits rateLimits, CampaignService campaigns) {
        this.store = store;
        this.rateLimits = rateLimits;
        this.campaigns = campaigns;
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

    /**
     * Records a link-mode report. "I sent it" counts against the rate limits like a letter (its client, alder and
     * campaign); "opened" does not (one per letter, and letters are counted).
     *
     * @throws org.aldermail.abuse.RateLimited over a rate limit; nothing was recorded
     */
    public LetterReceipt report(String id, LetterEventRequest request, ClientAddress client) {
        LetterEvent.Kind kind = LetterEvent.Kind.fromApiName(
                        request.type().strip().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new IllegalArgumentException("Unchecked event type"));
        LetterReceipt letter = letter(id);
        if (letter.mode() != DeliveryMode.LINK) {
            throw new NotALinkLetter(letter.id());
        }
        Optional<RateLimits.Attempt> counted = kind == LetterEvent.Kind.SELF_REPORTED
                ? Optional.of(new RateLimits.Attempt(
                        letter.campaign(),
                        campaigns.campaign(letter.campaign()).flatMap(Campaign::lettersPerClientPerHour),
                        client,
                        Optional.empty(),
                        letter.ward()))
                : Optional.empty();
        try {
            return QuarkusTransaction.requiringNew()
                    .call(() -> {
                        Optional<LetterReceipt> recorded = store.recordEvent(letter.id(), kind);
                        counted.ifPresent(rateLimits::count);
                        return recorded;
                    })
                    .orElseThrow(() -> unknownLetter(id));
        } catch (PersistenceException | QuarkusTransactionException concurrentTwin) {
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
