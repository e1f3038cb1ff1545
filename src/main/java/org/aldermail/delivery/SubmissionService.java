package org.aldermail.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.util.Locale;
import java.util.Optional;
import org.aldermail.campaign.Campaign;
import org.aldermail.campaign.CampaignService;
import org.aldermail.campaign.LetterInput;
import org.aldermail.campaign.LetterRequest;
import org.aldermail.campaign.LetterService;
import org.aldermail.web.Language;
import org.aldermail.web.ProblemType;
import org.aldermail.web.Problems;

/**
 * Accepts a resident's letter: re-derives the ward, renders the campaign letter, and stores the letter with
 * its first outbox mail in one transaction. Duplicates (same resident email, alder and campaign; or the same
 * Idempotency-Key) get the first letter's answer, even when they race each other.
 */
@ApplicationScoped
public class SubmissionService {

    private static final int ACCEPTED = 202;
    private static final int OK = 200;
    private static final int MAX_IDEMPOTENCY_KEY = 200;

    private final CampaignService campaigns;
    private final LetterService letters;
    private final ResidentWards residentWards;
    private final LetterStore store;
    private final IdempotencyStore idempotency;
    private final DeliveryConfig config;
    private final ObjectMapper json;

    SubmissionService(
            CampaignService campaigns,
            LetterService letters,
            ResidentWards residentWards,
            LetterStore store,
            IdempotencyStore idempotency,
            DeliveryConfig config,
            ObjectMapper json) {
        this.campaigns = campaigns;
        this.letters = letters;
        this.residentWards = residentWards;
        this.store = store;
        this.idempotency = idempotency;
        this.config = config;
        this.json = json;
    }

    /** For the API: the answer as JSON, replayed for a repeated Idempotency-Key. */
    public SubmissionResult submit(String slug, LetterSubmission submission, String idempotencyKey) {
        if (submission == null) {
            throw Problems.invalidField("body", "The request needs a JSON body with the letter's fields.");
        }
        Optional<String> key = idempotencyKey(idempotencyKey);
        String requestHash = ConfirmationTokens.sha256Hex(slug + "\n" + toJson(submission));
        if (key.isPresent()) {
            Optional<SubmissionResult> replay = replay(key.get(), requestHash);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        NewLetter input = prepare(slug, submission);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                SubmissionResult result = asResult(store(input));
                key.ifPresent(k -> idempotency.save(k, requestHash, result.status(), result.json()));
                return result;
            });
        } catch (PersistenceException | QuarkusTransactionException e) {
            // A concurrent twin committed first: answer as it was answered.
            return key.flatMap(k -> replay(k, requestHash))
                    .or(() -> firstOfTwins(input).map(this::asResult))
                    .orElseThrow(() -> e);
        }
    }

    /** For the resident's pages: the same checks and storage, answered as records. */
    public SentLetter send(String slug, LetterSubmission submission) {
        NewLetter input = prepare(slug, submission);
        try {
            return QuarkusTransaction.requiringNew().call(() -> store(input));
        } catch (PersistenceException | QuarkusTransactionException e) {
            return firstOfTwins(input).orElseThrow(() -> e);
        }
    }

    /** Checks every field, derives the ward and renders the letter; throws problems naming what is wrong. */
    private NewLetter prepare(String slug, LetterSubmission submission) {
        DeliveryMode mode = SubmissionRules.mode(submission.mode());
        Language language = SubmissionRules.language(submission.language());
        String email = SubmissionRules.email(submission.email(), mode == DeliveryMode.SERVER);
        String source = SubmissionRules.source(submission.source());
        SubmissionRules.letterFields(submission);
        boolean ccResident = Boolean.TRUE.equals(submission.ccMe()) && email != null;
        Campaign campaign = campaigns.requireAcceptingLetters(slug);
        int ward = residentWards.resolve(submission);

        org.aldermail.campaign.Letter letter = letters.render(new LetterRequest(
                slug,
                ward,
                submission.name(),
                submission.address(),
                language,
                submission.subject(),
                submission.body(),
                submission.personalNote(),
                email == null ? submission.name() : email.toLowerCase(Locale.ROOT)));
        boolean confirm =
                mode == DeliveryMode.SERVER && campaign.confirmSender().orElse(config.confirmSender());
        String dedupeKey = mode == DeliveryMode.SERVER
                ? ConfirmationTokens.sha256Hex(String.join(
                        "\n",
                        slug,
                        email.toLowerCase(Locale.ROOT),
                        letter.alder().email().toLowerCase(Locale.ROOT)))
                : null;
        return new NewLetter(
                slug,
                ward,
                letter.alder().name(),
                letter.alder().email(),
                LetterInput.name(submission.name()),
                email,
                LetterInput.address(submission.address()),
                language.code(),
                letter.subject(),
                letter.body(),
                letter.personalised(),
                mode,
                ccResident,
                source,
                campaign.sender().name(),
                campaign.sender().address(),
                confirm,
                dedupeKey);
    }

    private SentLetter store(NewLetter input) {
        LetterReceipt receipt = store.insert(input, config.confirmationExpiry());
        return new SentLetter(
                receipt,
                input.mode() == DeliveryMode.LINK ? LinkLetter.of(receipt, input.alderEmail(), links(input)) : null);
    }

    /** The letter that won a race with this one (same resident email, alder and campaign). */
    private Optional<SentLetter> firstOfTwins(NewLetter input) {
        return Optional.ofNullable(input.dedupeKey())
                .flatMap(store::findByDedupeKey)
                .map(r -> new SentLetter(r, null));
    }

    private SubmissionResult asResult(SentLetter sent) {
        return sent.link() == null
                ? new SubmissionResult(ACCEPTED, toJson(sent.letter()))
                : new SubmissionResult(OK, toJson(sent.link()));
    }

    private Optional<SubmissionResult> replay(String key, String requestHash) {
        return idempotency.find(key).map(stored -> {
            if (!stored.requestHash().equals(requestHash)) {
                throw Problems.of(
                        ProblemType.IDEMPOTENCY_KEY_REUSED,
                        "This Idempotency-Key was already used for a different request; use a new key for a new letter.");
            }
            return new SubmissionResult(stored.status(), stored.body());
        });
    }

    private ComposeLinks links(NewLetter letter) {
        DeliveryMessages messages = MessageBundles.get(DeliveryMessages.class, Localized.Literal.of(letter.language()));
        return ComposeLinks.of(
                letter.alderEmail(),
                letter.subject(),
                letter.body(),
                messages.link_shortened(),
                config.maxLinkLength());
    }

    private static Optional<String> idempotencyKey(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String key = header.strip();
        if (key.length() > MAX_IDEMPOTENCY_KEY || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw Problems.of(
                    ProblemType.INVALID_PARAMETER,
                    "The Idempotency-Key header must be 1 to " + MAX_IDEMPOTENCY_KEY + " printable ASCII characters.",
                    java.util.Map.of("parameter", "Idempotency-Key"));
        }
        return Optional.of(key);
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
