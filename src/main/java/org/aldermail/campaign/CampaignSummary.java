package org.aldermail.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.aldermail.web.Language;

/**
 * A campaign in the list: what a page needs to show it and link to it.
 *
 * @param status         {@code open} or {@code closed}: closed when the organizers closed it or its closing time
 *                       passed
 * @param acceptsLetters whether letters can be sent now (same as status open)
 * @param title          the title in each language, by code
 */
public record CampaignSummary(
        String slug,
        String ordinance,
        Map<String, String> title,
        String status,
        boolean acceptsLetters,
        OffsetDateTime closesAt,
        MeetingView meeting,
        int goal,
        List<String> languages) {

    /**
     * @param time     {@code HH:mm}, or null when unknown
     * @param startsAt the date and time with its UTC offset, or null when the time is unknown
     * @param place    where, in each language
     */
    public record MeetingView(LocalDate date, String time, OffsetDateTime startsAt, Map<String, String> place) {}

    static CampaignSummary of(Campaign campaign, Instant now) {
        boolean accepts = campaign.acceptsLetters(now);
        return new CampaignSummary(
                campaign.slug(),
                campaign.ordinance(),
                byLanguage(campaign, text -> text.title()),
                accepts ? "open" : "closed",
                accepts,
                campaign.closesAt().map(c -> c.toOffsetDateTime()).orElse(null),
                campaign.meeting()
                        .map(m -> new MeetingView(
                                m.date(),
                                m.time().map(Object::toString).orElse(null),
                                m.startsAt().map(s -> s.toOffsetDateTime()).orElse(null),
                                byLanguage(campaign, text -> text.place().orElse(""))))
                        .orElse(null),
                campaign.goal(),
                Language.codes());
    }

    static Map<String, String> byLanguage(Campaign campaign, Function<CampaignText, String> field) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            values.put(language.code(), field.apply(campaign.text(language)));
        }
        return values;
    }
}
