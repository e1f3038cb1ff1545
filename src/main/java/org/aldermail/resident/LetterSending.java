package org.aldermail.resident;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.aldermail.campaign.CampaignClosedException;
import org.aldermail.campaign.InvalidLetterFieldException;
import org.aldermail.campaign.UnknownCampaignException;
import org.aldermail.delivery.LetterSubmission;
import org.aldermail.delivery.SentLetter;
import org.aldermail.delivery.SubmissionService;
import org.aldermail.web.ProblemType;

/**
 * Sends the letter form through the same service as the API, and turns every refusal into something the page can show
 * next to the field it concerns: nothing a resident types ends in an error page.
 */
@ApplicationScoped
public class LetterSending {

    /** How sending went. */
    public sealed interface Outcome permits Sent, LetterProblems, AddressProblem, ChooseAgain, Closed, Unknown {}

    public record Sent(SentLetter letter) implements Outcome {}

    /** Problems with the letter's own fields: the letter page again. */
    public record LetterProblems(FieldErrors errors) implements Outcome {}

    /** The address (or location) no longer gives a ward: step 1 again. */
    public record AddressProblem(FieldError error) implements Outcome {}

    /** The ward sent is not (or no longer) one the address can be in: the chooser or the letter, found again. */
    public record ChooseAgain() implements Outcome {}

    public record Closed() implements Outcome {}

    public record Unknown() implements Outcome {}

    private final SubmissionService submissions;

    public LetterSending(SubmissionService submissions) {
        this.submissions = submissions;
    }

    Outcome send(String slug, FlowState state, FlowForm form, ResidentMessages ui) {
        boolean unchanged = LetterChecks.unchanged(form.body, form.shown);
        LetterSubmission submission = new LetterSubmission(
                state.name(),
                state.email(),
                state.address(),
                state.byLocation() ? Double.valueOf(state.lat()) : null,
                state.byLocation() ? Double.valueOf(state.lon()) : null,
                state.ward(),
                state.lang(),
                blankToNull(form.subject),
                unchanged ? null : blankToNull(form.body),
                state.note(),
                form.mode == null ? null : form.mode.strip(),
                state.ccMe(),
                state.source());
        try {
            return new Sent(submissions.send(slug, submission));
        } catch (HttpProblem problem) {
            return refused(problem, state, ui);
        } catch (CampaignClosedException e) {
            return new Closed();
        } catch (UnknownCampaignException e) {
            return new Unknown();
        } catch (InvalidLetterFieldException e) {
            return new LetterProblems(FieldErrors.of(fieldError(e.field(), ui)));
        }
    }

    private static Outcome refused(HttpProblem problem, FlowState state, ResidentMessages ui) {
        Optional<ProblemType> type = Arrays.stream(ProblemType.values())
                .filter(t -> t.uri().equals(problem.getType()))
                .findFirst();
        Map<String, Object> details = problem.getParameters();
        if (type.isEmpty()) {
            throw problem;
        }
        return switch (type.get()) {
            case INVALID_FIELD -> {
                Object field = details.get("field");
                yield "address".equals(field) && !state.byLocation()
                        ? new AddressProblem(FieldError.of(AddressErrors.FIELD, ui.address_characters()))
                        : new LetterProblems(FieldErrors.of(fieldError(String.valueOf(field), ui)));
            }
            case ADDRESS_UNPARSEABLE,
                    STREET_NOT_FOUND,
                    NUMBER_OUT_OF_RANGE,
                    DIRECTION_NEEDED,
                    ADDRESS_NOT_LOCATABLE,
                    ADDRESS_LOOKUP_UNAVAILABLE ->
                new AddressProblem(AddressErrors.of(type.get(), details, state.address(), ui));
            case OUTSIDE_CITY ->
                new AddressProblem(FieldError.of(
                        AddressErrors.FIELD,
                        state.byLocation() ? ui.location_outside_city() : ui.address_outside_city()));
            case WARD_MISMATCH ->
                state.byLocation()
                        ? new LetterProblems(FieldErrors.of(FieldError.of("address", ui.address_other_ward())))
                        : new ChooseAgain();
            case WARD_AMBIGUOUS -> new ChooseAgain();
            case CAMPAIGN_CLOSED -> new Closed();
            case UNKNOWN_CAMPAIGN -> new Unknown();
            default -> throw problem;
        };
    }

    /** A field the service refused after the page's own checks passed: its rules are stricter on characters. */
    private static FieldError fieldError(String field, ResidentMessages ui) {
        return switch (field) {
            case "name" -> FieldError.of("name", ui.name_characters());
            case "email" -> FieldError.of("email", ui.email_invalid());
            case "address" -> FieldError.of("address", ui.address_characters());
            case "subject" -> FieldError.of("subject", ui.subject_characters());
            case "body" -> FieldError.of("body", ui.body_characters());
            case "personalNote" -> FieldError.of("note", ui.note_characters());
            default -> FieldError.of("mode", ui.field_invalid());
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
