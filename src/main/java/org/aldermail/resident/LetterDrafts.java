package org.aldermail.resident;

import io.quarkus.qute.RawString;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import org.aldermail.campaign.Campaign;
import org.aldermail.campaign.Letter;
import org.aldermail.campaign.LetterInput;
import org.aldermail.campaign.LetterRequest;
import org.aldermail.campaign.LetterService;
import org.aldermail.campaign.PhoneScript;
import org.aldermail.delivery.LetterReceipt;
import org.aldermail.web.Language;
import org.aldermail.web.Page;

/** What the letter page and the thank-you page show, filled for one resident. */
@ApplicationScoped
public class LetterDrafts {

    private final LetterService letters;
    private final Words words;

    public LetterDrafts(LetterService letters, Words words) {
        this.letters = letters;
        this.words = words;
    }

    /**
     * The letter page. The preview is the campaign's letter filled for the alder (with placeholders for a name or
     * address not typed yet); {@code posted}, when the page is shown again after a problem, keeps every edit.
     */
    Steps.LetterStep letterStep(
            Campaign campaign, FlowState state, WardFinder.Found found, FlowForm posted, FieldErrors errors) {
        Language language = state.language();
        ResidentMessages ui = words.in(language);
        String name = LetterChecks.usable(state.name(), LetterInput::name)
                ? state.name().strip()
                : ui.name_placeholder();
        String address = LetterChecks.usable(state.address(), LetterInput::address)
                ? state.address().strip()
                : ui.address_placeholder();
        int ward = found.alder().ward();
        Letter preview = letters.render(
                campaign,
                LetterRequest.of(campaign.slug(), ward, name, address, language)
                        .withSeed(ward + "\n" + address.toLowerCase(language.locale())));
        Letter.LetterParts parts = preview.parts();
        // The signature is the closing, then the name, street address and ward lines (LetterService writes it so).
        List<String> signature = Arrays.asList(parts.signature().split("\n", -1));
        int n = signature.size();
        if (n < 3) {
            throw new IllegalStateException("A letter signature has the name, address and ward lines: " + n);
        }
        String closing = String.join("\n", signature.subList(0, Math.max(0, n - 3)));
        List<RawString> notes = parts.notes().isEmpty()
                ? List.of()
                : parts.notes()
                        .lines()
                        .skip(1)
                        .map(line -> new RawString(RichText.inline(line, ui.new_tab())))
                        .toList();
        boolean again = posted != null;
        String subject = again && posted.subject != null ? posted.subject : preview.subject();
        String body = again && posted.body != null ? posted.body : parts.text();
        String shown = again && posted.shown != null ? posted.shown : LetterChecks.digest(parts.text());
        boolean addressOnForm = state.byLocation();
        String[] visible = addressOnForm
                ? new String[] {"name", "email", "note", "ccMe", "address"}
                : new String[] {"name", "email", "note", "ccMe"};
        return new Steps.LetterStep(
                found.alder(),
                found.normalized(),
                addressOnForm,
                orEmpty(state.name()),
                orEmpty(state.email()),
                orEmpty(state.address()),
                subject,
                parts.opening(),
                body,
                shown,
                orEmpty(state.note()),
                state.ccMe(),
                closing,
                signature.get(n - 3),
                signature.get(n - 2),
                signature.get(n - 1),
                notes,
                errors,
                state.withWard(ward).hidden(visible),
                changeAddress(state));
    }

    /** The thank-you page for a letter, with the phone script filled for the resident and their alder. */
    Steps.Thanks thanks(Campaign campaign, FlowState state, LetterReceipt letter, AlderCard alder) {
        Language language = state.language();
        ResidentMessages ui = words.in(language);
        boolean named = LetterChecks.usable(state.name(), LetterInput::name);
        String name = named ? state.name().strip() : ui.name_placeholder();
        String address = LetterChecks.usable(state.address(), LetterInput::address)
                ? state.address().strip()
                : ui.address_placeholder();
        PhoneScript<String> script = letters.phoneScript(campaign.slug(), letter.ward(), name, address, language);
        String status = switch (letter.status()) {
            case PENDING_CONFIRMATION -> ui.status_pending(orEmpty(state.email()), alder.name());
            case QUEUED, SENDING -> ui.status_queued(alder.name());
            case SENT -> ui.status_sent(alder.name());
            case FAILED -> ui.status_failed(alder.name());
            case EXPIRED -> ui.status_expired();
            case HANDED_OVER -> ui.status_handed_over(alder.name());
        };
        return new Steps.Thanks(
                named ? ui.thanks_title_named(name) : ui.thanks_title(),
                status,
                alder,
                script,
                state.flow(campaign.slug()) + state.query());
    }

    /** The fields of the "change address" form: back to step 1, keeping what was typed, without the ward. */
    static List<Page.Hidden> changeAddress(FlowState state) {
        return state.withoutLocation().hidden();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
