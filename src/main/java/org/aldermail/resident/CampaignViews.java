package org.aldermail.resident;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.aldermail.campaign.Campaign;
import org.aldermail.campaign.CampaignConfig;
import org.aldermail.campaign.CampaignText;
import org.aldermail.stats.CampaignStats;
import org.aldermail.stats.StatsService;
import org.aldermail.web.Language;
import org.aldermail.web.WebConfig;

/** Turns a campaign into what its pages say: dates in the resident's language, the counter, the text as HTML. */
@ApplicationScoped
public class CampaignViews {

    /** Counts are written the US way in both languages (1,250), as Chicago's Spanish press does. */
    private static final Locale NUMBERS = Locale.US;

    private final StatsService stats;
    private final Words words;
    private final WebConfig web;
    private final CampaignConfig campaigns;
    private final Clock clock;

    public CampaignViews(StatsService stats, Words words, WebConfig web, CampaignConfig campaigns, Clock clock) {
        this.stats = stats;
        this.words = words;
        this.web = web;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    /** The campaign with its running total and, apart, the residents who only said they sent one. */
    public CampaignView withCounter(Campaign campaign, Language language, Frame frame) {
        CampaignStats counts = stats.forCampaign(campaign.slug());
        return view(campaign, language, frame, counts.total(), counts.selfReportedOnly());
    }

    /** The campaign without the counter, for the steps that do not show it. */
    public CampaignView of(Campaign campaign, Language language, Frame frame) {
        return view(campaign, language, frame, 0, 0);
    }

    private CampaignView view(Campaign campaign, Language language, Frame frame, long total, long selfReportedOnly) {
        ResidentMessages ui = words.in(language);
        CampaignText text = campaign.text(language);
        Locale locale = language.locale();
        Instant now = clock.instant();
        boolean accepting = campaign.acceptsLetters(now);

        String deadline = accepting
                ? campaign.closesAt().map(c -> ui.deadline(when(c, locale, ui))).orElse(null)
                : null;
        String closed = accepting
                ? null
                : campaign.closesAt()
                        .filter(c -> !c.toInstant().isAfter(now))
                        .map(c -> ui.closed_notice() + " " + ui.closed_since(when(c, locale, ui)))
                        .orElse(ui.closed_notice());
        String vote = campaign.meeting()
                .map(m -> {
                    String when = m.time()
                            .map(t -> ui.date_at_time(date(m.date(), locale), time(t, locale)))
                            .orElse(date(m.date(), locale));
                    LocalDate today = LocalDate.ofInstant(now, campaigns.timeZone());
                    return m.date().isBefore(today) ? ui.vote_past(when) : ui.vote_upcoming(when);
                })
                .orElse(null);
        String place = campaign.meeting()
                .flatMap(m -> text.place())
                .map(ui::vote_place)
                .orElse(null);

        int goal = Math.max(campaign.goal(), 0);
        int percent = goal == 0 ? 0 : (int) Math.min(100, total * 100 / goal);
        CampaignView.Counter counter = new CampaignView.Counter(
                total,
                NumberFormat.getIntegerInstance(NUMBERS).format(total),
                NumberFormat.getIntegerInstance(NUMBERS).format(goal),
                goal,
                Math.min(total, goal),
                percent,
                selfReportedOnly,
                NumberFormat.getIntegerInstance(NUMBERS).format(selfReportedOnly));
        String share = web.publicUrl().toString().replaceAll("/+$", "") + "/c/" + campaign.slug()
                + (language == Language.EN ? "" : "?lang=" + language.code());
        return new CampaignView(
                campaign.slug(),
                frame.flow(campaign.slug()),
                language.code(),
                text.title(),
                RichText.html(text.why(), ui.new_tab()),
                RichText.html(text.actions(), ui.new_tab()),
                text.social(),
                deadline,
                vote,
                place,
                closed,
                counter,
                share);
    }

    private static String when(ZonedDateTime at, Locale locale, ResidentMessages ui) {
        return ui.date_at_time(date(at.toLocalDate(), locale), time(at.toLocalTime(), locale));
    }

    static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(locale)
                .format(date);
    }

    static String time(java.time.LocalTime time, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale)
                .format(time);
    }
}
