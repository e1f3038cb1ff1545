package org.aldermail.resident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import org.aldermail.abuse.ClientAddress;
import org.aldermail.abuse.ProofOfWork;
import org.aldermail.abuse.ProofOfWorkFailed;
import org.aldermail.campaign.Campaign;
import org.aldermail.campaign.LetterTooLong;
import org.aldermail.delivery.CheckedLetter;
import org.aldermail.delivery.LetterIntake;
import org.aldermail.delivery.LetterSubmission;
import org.aldermail.delivery.SentLetter;

/**
 * Sends the letter form: checks it by the same rules as the API (once), and hands the letter, with the campaign and
 * ward the page already found, to the same intake. Nothing a resident types ends in an error page.
 */
@ApplicationScoped
public class LetterSending {

    /** How sending went. */
    public sealed interface Outcome permits Sent, LetterProblems {}

    public record Sent(SentLetter letter) implements Outcome {}

    /**
     * Problems with the letter's own fields: the letter page again.
     *
     * @param tooLong every field kept its limit but the letter as sent would be too long (413, not 400)
     */
    public record LetterProblems(FieldErrors errors, boolean tooLong) implements Outcome {}

    private final Validator validator;
    private final LetterIntake intake;
    private final ProofOfWork proofOfWork;

    public LetterSending(Validator validator, LetterIntake intake, ProofOfWork proofOfWork) {
        this.validator = validator;
        this.intake = intake;
        this.proofOfWork = proofOfWork;
    }

    /** @throws org.aldermail.abuse.RateLimited over a rate limit: nothing was sent */
    Outcome send(
            Campaign campaign, int ward, FlowState state, FlowForm form, ResidentMessages ui, ClientAddress client) {
        boolean unchanged = LetterChecks.unchanged(form.body, form.shown);
        LetterSubmission submission = new LetterSubmission(
                state.name(),
                state.email(),
                state.address(),
                state.byLocation() ? Double.valueOf(state.lat()) : null,
                state.byLocation() ? Double.valueOf(state.lon()) : null,
                ward,
                state.lang(),
                blankToNull(form.subject),
                unchanged ? null : blankToNull(form.body),
                state.note(),
                form.mode == null ? null : form.mode.strip(),
                state.ccMe(),
                state.source(),
                blankToNull(form.altcha));
        FieldErrors errors = LetterChecks.of(validator.validate(submission), ui);
        if (!errors.isEmpty()) {
            return new LetterProblems(errors, false);
        }
        if ("server".equals(submission.mode())) {
            try {
                // Checked last, so a letter with problems to fix does not use up the browser's solution.
                proofOfWork.requireSolved(submission.altcha());
            } catch (ProofOfWorkFailed noProof) {
                return new LetterProblems(FieldErrors.of(FieldError.of("mode", ui.proof_of_work_failed())), false);
            }
        }
        try {
            return new Sent(intake.accept(CheckedLetter.of(campaign, ward, submission, client)));
        } catch (LetterTooLong tooLong) {
            String field = tooLong.field().equals("subject") ? "subject" : "body";
            return new LetterProblems(FieldErrors.of(FieldError.of(field, ui.letter_too_long(tooLong.max()))), true);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
