package org.aldermail.campaign;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aldermail.campaign.CampaignSummary.MeetingView;
import org.aldermail.web.Language;

/**
 * A campaign with its text in every language, as written: letter, subjects and phone script still hold their
 * placeholders ({@code {alder.surname}}, …), which {@code /letter} fills for one resident.
 */
public record CampaignDetail(
        String slug,
        String ordinance,
        Map<String, String> title,
        String status,
        boolean acceptsLetters,
        OffsetDateTime closesAt,
        MeetingView meeting,
        int goal,
        List<String> languages,
        SenderView sender,
        Map<String, TextView> text) {

    public record SenderView(String name, String address) {}

    /**
     * @param why         plain text: paragraphs, '- ' list items (indented for sub-items), bare https:// links
     * @param letter      the body between salutation and closing; the line {@code {personalNote}} marks where the
     *                    resident's sentence goes
     * @param translation null for text written by the organizers; otherwise what it was translated from
     */
    public record TextView(
            String title,
            String place,
            String why,
            List<String> subjects,
            String letter,
            String closing,
            List<FootnoteView> footnotes,
            PhoneScript<String> phoneScript,
            String actions,
            String social,
            TranslationView translation) {}

    public record FootnoteView(int number, String text, String url) {}

    /** @param reviewed whether an organizer has checked the translation */
    public record TranslationView(String from, boolean reviewed) {}

    static CampaignDetail of(Campaign campaign, Instant now) {
        CampaignSummary summary = CampaignSummary.of(campaign, now);
        Map<String, TextView> texts = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            texts.put(
                    language.code(),
                    text(campaign.text(language), campaign.translations().get(language)));
        }
        return new CampaignDetail(
                summary.slug(),
                summary.ordinance(),
                summary.title(),
                summary.status(),
                summary.acceptsLetters(),
                summary.closesAt(),
                summary.meeting(),
                summary.goal(),
                summary.languages(),
                new SenderView(campaign.sender().name(), campaign.sender().address()),
                texts);
    }

    private static TextView text(CampaignText text, Campaign.Translation translation) {
        PhoneScript<TextTemplate> phone = text.phone();
        return new TextView(
                text.title(),
                text.place().orElse(null),
                text.why(),
                text.subjects().stream().map(TextTemplate::source).toList(),
                text.letter().source(),
                text.closing(),
                text.footnotes().stream()
                        .map(f -> new FootnoteView(f.number(), f.text(), f.url().orElse(null)))
                        .toList(),
                new PhoneScript<>(
                        phone.opening().source(),
                        phone.yes().source(),
                        phone.no().source(),
                        phone.unsure().source()),
                text.actions(),
                text.social(),
                translation == null
                        ? null
                        : new TranslationView(translation.from().code(), translation.reviewed()));
    }
}
