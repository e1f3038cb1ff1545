package org.aldermail.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aldermail.campaign.Letter.LetterParts;
import org.aldermail.campaign.LetterTemplate.Filled;
import org.aldermail.ward.Alder;
import org.aldermail.ward.WardDirectory;
import org.aldermail.web.Language;

/** Fills a campaign's letter and phone script for one resident and their alder. */
@ApplicationScoped
public class LetterService {

    private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,3})]");

    private final CampaignRegistry campaigns;
    private final WardDirectory wards;
    private final WardNames wardNames;

    public LetterService(CampaignRegistry campaigns, WardDirectory wards, WardNames wardNames) {
        this.campaigns = campaigns;
        this.wards = wards;
        this.wardNames = wardNames;
    }

    /**
     * The letter for one resident. Renders for closed campaigns too (a preview); whoever sends checks
     * {@link CampaignService#requireAcceptingLetters}.
     *
     * @throws UnknownCampaignException     no campaign has the slug
     * @throws UnknownWardException         the ward has no alder (not 1 to 50)
     * @throws InvalidLetterFieldException  a field is missing, too long or holds control characters
     * @throws LetterTooLong                the filled-in letter is longer than a letter may be
     */
    public Letter render(LetterRequest request) {
        return render(campaign(request.campaign()), request);
    }

    /** The letter for one resident of a campaign the caller already has in hand. */
    public Letter render(Campaign campaign, LetterRequest request) {
        Alder alder = alder(request.ward());
        Language language = request.language();
        String name = LetterInput.name(request.name());
        String address = LetterInput.address(request.address());
        Optional<String> ownSubject = LetterInput.subject(request.subject());
        Optional<String> ownBody = LetterInput.body(request.body());
        Optional<String> note = LetterInput.personalNote(request.personalNote());

        CampaignText text = campaign.text(language);
        LetterMessages messages = wardNames.messages(language);
        String wardName = wardNames.name(alder.ward(), language);
        Placeholders values = new Placeholders(alder.name(), alder.surname(), alder.ward(), wardName, name, address);

        Filled filled = text.letter().fill(values);
        String campaignText = PersonalNotes.between(filled.before(), "", filled.after());
        boolean edited = ownBody.isPresent() && !PersonalNotes.sameText(ownBody.get(), campaignText);
        String editable = edited ? ownBody.get() : campaignText;
        String withNote = note.map(n -> edited
                        ? PersonalNotes.into(editable, filled.before(), n)
                        : PersonalNotes.between(filled.before(), n, filled.after()))
                .orElse(editable);

        int subjectIndex = ownSubject.isPresent()
                ? -1
                : SubjectPicker.index(request.subjectSeed(), text.subjects().size());
        String subject =
                ownSubject.orElseGet(() -> text.subjects().get(subjectIndex).render(values));

        List<String> notes = cited(withNote, text.footnotes());
        LetterLayout layout = new LetterLayout(
                messages.letter_addressee(alder.name(), wardName),
                messages.letter_salutation(alder.surname()),
                withNote,
                text.closing(),
                name,
                address,
                messages.letter_constituent(wardName),
                messages.letter_notes(),
                notes);
        String body = LetterTemplates.letter(layout).render().stripTrailing() + "\n";
        if (subject.length() > LetterInput.MAX_LETTER_SUBJECT) {
            throw new LetterTooLong("subject", LetterInput.MAX_LETTER_SUBJECT);
        }
        if (body.length() > LetterInput.MAX_LETTER) {
            throw new LetterTooLong("body", LetterInput.MAX_LETTER);
        }
        LetterParts parts = new LetterParts(
                layout.addressee() + "\n\n" + layout.salutation(),
                editable,
                note.orElse(null),
                String.join("\n", layout.closing(), name, address, layout.constituent()),
                notes.isEmpty() ? "" : layout.notesHeading() + "\n" + String.join("\n", notes));
        return new Letter(
                campaign.slug(),
                language,
                alder,
                subject,
                subjectIndex,
                body,
                parts,
                edited,
                edited || note.isPresent());
    }

    /** The campaign's phone script filled for a resident calling their alder's office. */
    public PhoneScript<String> phoneScript(
            String slug, int ward, String residentName, String streetAddress, Language language) {
        Campaign campaign = campaign(slug);
        Alder alder = alder(ward);
        String name = LetterInput.name(residentName);
        String address = LetterInput.address(streetAddress);
        String wardName = wardNames.name(ward, language);
        Placeholders values = new Placeholders(alder.name(), alder.surname(), ward, wardName, name, address);
        PhoneScript<TextTemplate> script = campaign.text(language).phone();
        return new PhoneScript<>(
                script.opening().render(values),
                script.yes().render(values),
                script.no().render(values),
                script.unsure().render(values));
    }

    private Campaign campaign(String slug) {
        return campaigns.find(slug).orElseThrow(() -> new UnknownCampaignException(slug));
    }

    private Alder alder(int ward) {
        return wards.alder(ward).orElseThrow(() -> new UnknownWardException(ward));
    }

    /** The footnotes the text cites, in order: a resident who cut a paragraph does not send its sources. */
    private static List<String> cited(String text, List<Footnote> footnotes) {
        Set<Integer> numbers = new TreeSet<>();
        Matcher citation = CITATION.matcher(text);
        while (citation.find()) {
            numbers.add(Integer.parseInt(citation.group(1)));
        }
        return footnotes.stream()
                .filter(f -> numbers.contains(f.number()))
                .map(Footnote::line)
                .toList();
    }
}
