package org.aldermail.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.aldermail.abuse.ClientAddress;
import org.aldermail.abuse.ProofOfWork;
import org.aldermail.campaign.Campaign;
import org.aldermail.campaign.CampaignService;
import org.aldermail.geocode.WardResolver;
import org.aldermail.web.Sha256;

/**
 * The API's letter submissions: each decision once (the campaign, the ward, the letter), and the same
 * Idempotency-Key answered as it was first, even when two requests with it race. A submission repeating an existing
 * letter is answered as a new one (see {@link LetterIntake}); its answer is stored under its key like any other.
 */
@ApplicationScoped
public class LetterSubmissions {

    private static final int ACCEPTED = 202;
    private static final int OK = 200;

    private final CampaignService campaigns;
    private final WardResolver wards;
    private final LetterIntake intake;
    private final IdempotencyStore answers;
    private final ObjectMapper json;
    private final ProofOfWork proofOfWork;

    LetterSubmissions(
            CampaignService campaigns,
            WardResolver wards,
            LetterIntake intake,
            IdempotencyStore answers,
            ObjectMapper json,
            ProofOfWork proofOfWork) {
        this.proofOfWork = proofOfWork;
        this.campaigns = campaigns;
        this.wards = wards;
        this.intake = intake;
        this.answers = answers;
        this.json = json;
    }

    /**
     * @param submission a submission that passed validation
     * @param client     who sent it (a replay of a stored answer is not counted again)
     * @throws IdempotencyKeyReused the key was first used with another request
     * @throws org.aldermail.abuse.ProofOfWorkFailed a server-mode letter without a usable proof of work (checked after
     *     the Idempotency-Key, so a retry of an accepted request is answered as it was first)
     * @throws org.aldermail.abuse.RateLimited over a rate limit
     */
    public StoredAnswer submit(
            String slug, LetterSubmission submission, Optional<String> idempotencyKey, ClientAddress client) {
        String requestHash = Sha256.hex(slug + "\n" + toJson(submission.withoutProof()));
        Optional<StoredAnswer> replay = idempotencyKey.flatMap(key -> replay(key, requestHash));
        if (replay.isPresent()) {
            return replay.get();
        }
        if (DeliveryMode.SERVER.apiName().equalsIgnoreCase(submission.mode().strip())) {
            proofOfWork.requireSolved(submission.altcha());
        }
        Campaign campaign = campaigns.requireAcceptingLetters(slug);
        int ward = wards.requireWard(submission.address(), submission.point(), submission.ward());
        LetterIntake.Outcome outcome = intake.accept(
                CheckedLetter.of(campaign, ward, submission, client),
                sent -> idempotencyKey.ifPresent(key -> {
                    StoredAnswer answer = answer(sent);
                    answers.save(key, requestHash, answer.status(), answer.json());
                }));
        if (outcome instanceof LetterIntake.Stored stored) {
            return answer(stored.letter());
        }
        // A request with the same Idempotency-Key committed first: answer as it was answered.
        return idempotencyKey.flatMap(key -> replay(key, requestHash)).orElseThrow(LetterIntake.TwinNotFound::new);
    }

    private Optional<StoredAnswer> replay(String key, String requestHash) {
        return answers.find(key).map(stored -> {
            if (!stored.requestHash().equals(requestHash)) {
                throw new IdempotencyKeyReused();
            }
            return new StoredAnswer(stored.status(), stored.body());
        });
    }

    private StoredAnswer answer(SentLetter sent) {
        return sent.link() == null
                ? new StoredAnswer(ACCEPTED, toJson(sent.letter()))
                : new StoredAnswer(OK, toJson(sent.link()));
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
