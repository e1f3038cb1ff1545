package org.aldermail.admin;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.aldermail.campaign.Campaign;
import org.aldermail.delivery.DeliveryHealth;
import org.aldermail.stats.DailyChart;
import org.aldermail.stats.DayCount;
import org.aldermail.stats.LetterMap;
import org.aldermail.stats.LettersPerDay;
import org.aldermail.stats.StatsService;
import org.aldermail.stats.WardTotals;
import org.aldermail.web.Language;

/** Puts a campaign's dashboard together from the counts, the delivery health and the download record. */
@ApplicationScoped
public class Dashboards {

    static final int FAILED_SHOWN = 20;
    static final int TESTS_SHOWN = 5;
    static final int DOWNLOADS_SHOWN = 20;
    /** The test-message choice for "to me"; the others are ward numbers. */
    static final String TO_ME = "me";

    private final StatsService stats;
    private final LettersPerDay perDay;
    private final LetterMap maps;
    private final DeliveryHealth delivery;
    private final Exports exports;

    Dashboards(StatsService stats, LettersPerDay perDay, LetterMap maps, DeliveryHealth delivery, Exports exports) {
        this.stats = stats;
        this.perDay = perDay;
        this.maps = maps;
        this.delivery = delivery;
        this.exports = exports;
    }

    /**
     * @param sort       the column to sort the ward table by
     * @param descending whether largest (or last) first
     * @param myEmail    the organizer's email, if their account has one
     */
    public Dashboard build(
            Campaign campaign, Language language, WardSort sort, boolean descending, Optional<String> myEmail) {
        AdminMessages words = MessageBundles.get(AdminMessages.class, Localized.Literal.of(language.code()));
        String slug = campaign.slug();
        List<WardTotals> wards = stats.wardTotals(slug);
        Dashboard.Totals totals = new Dashboard.Totals(
                sum(wards, WardTotals::counted),
                sum(wards, WardTotals::sent),
                sum(wards, WardTotals::queued),
                sum(wards, WardTotals::awaitingConfirmation),
                sum(wards, WardTotals::failed),
                sum(wards, WardTotals::linkOpened),
                sum(wards, WardTotals::selfReported),
                sum(wards, WardTotals::personalised));
        Map<Integer, Long> counted = wards.stream().collect(Collectors.toMap(WardTotals::ward, WardTotals::counted));
        int goal = campaign.goal();
        List<Dashboard.Row> rows = wards.stream()
                .sorted(descending ? sort.descending() : sort.ascending())
                .map(w -> new Dashboard.Row(
                        w.ward(),
                        w.alder(),
                        w.counted(),
                        w.sent(),
                        w.queued(),
                        w.awaitingConfirmation(),
                        w.failed(),
                        w.linkOpened(),
                        w.selfReported(),
                        w.personalised(),
                        GoalShare.percent(w.counted(), goal)))
                .toList();
        List<DayCount> days = perDay.forCampaign(slug);
        DeliveryHealth.Backlog backlog = delivery.backlog(slug);
        Dashboard.Health health = new Dashboard.Health(
                backlog.queued(),
                backlog.oldestQueued().map(Times::local).orElse(null),
                backlog.outboxWaiting(),
                delivery.failedCount(slug),
                delivery.failed(slug, FAILED_SHOWN).stream()
                        .map(f -> new Dashboard.Failed(
                                f.id(), f.ward(), f.alder(), Times.local(f.writtenAt()), f.reason(), f.retryable()))
                        .toList(),
                delivery.testMessages(slug, TESTS_SHOWN).stream()
                        .map(t -> new Dashboard.TestSent(
                                t.recipient(), status(t.status(), words), Times.local(t.queuedAt()), t.lastError()))
                        .toList());
        List<Dashboard.Target> targets = new ArrayList<>();
        myEmail.ifPresent(email -> targets.add(new Dashboard.Target(TO_ME, words.test_to_me(email))));
        wards.stream()
                .sorted(Comparator.comparingInt(WardTotals::ward))
                .forEach(w -> targets.add(
                        new Dashboard.Target(Integer.toString(w.ward()), words.test_to_alder(w.ward(), w.alder()))));
        return new Dashboard(
                slug,
                campaign.text(language).title(),
                goal,
                GoalShare.percent(totals.counted(), goal),
                totals,
                maps.draw("ward-map", counted, language),
                columns(slug, language, sort, descending, words),
                rows,
                chart(days, language, words),
                days.stream()
                        .map(d -> new Dashboard.Day(d.day().toString(), d.letters()))
                        .toList(),
                stats.bySource(slug).entrySet().stream()
                        .map(e -> new Dashboard.Source(e.getKey(), e.getValue()))
                        .toList(),
                health,
                exports.downloads(slug, DOWNLOADS_SHOWN),
                targets);
    }

    private static List<Dashboard.Column> columns(
            String slug, Language language, WardSort current, boolean descending, AdminMessages words) {
        org.aldermail.stats.ProgressMessages map =
                MessageBundles.get(org.aldermail.stats.ProgressMessages.class, Localized.Literal.of(language.code()));
        List<Dashboard.Column> columns = new ArrayList<>();
        columns.add(column(slug, language, WardSort.WARD, map.col_ward(), current, descending, false));
        columns.add(column(slug, language, WardSort.ALDER, map.col_alder(), current, descending, false));
        columns.add(column(slug, language, WardSort.COUNTED, words.total_counted(), current, descending, true));
        columns.add(column(slug, language, WardSort.SENT, words.total_sent(), current, descending, true));
        columns.add(column(slug, language, WardSort.QUEUED, words.total_queued(), current, descending, true));
        columns.add(column(slug, language, WardSort.AWAITING, words.total_awaiting(), current, descending, true));
        columns.add(column(slug, language, WardSort.FAILED, words.total_failed(), current, descending, true));
        columns.add(column(slug, language, WardSort.OPENED, words.total_opened(), current, descending, true));
        columns.add(column(slug, language, WardSort.SELF, words.total_self(), current, descending, true));
        columns.add(
                column(slug, language, WardSort.PERSONALISED, words.total_personalised(), current, descending, true));
        columns.add(new Dashboard.Column(words.col_share(), null, null, true));
        return columns;
    }

    private static Dashboard.Column column(
            String slug,
            Language language,
            WardSort sort,
            String label,
            WardSort current,
            boolean descending,
            boolean numeric) {
        boolean isCurrent = sort == current;
        boolean nextDescending = isCurrent ? !descending : sort.descendingFirst();
        String href = "/admin/c/" + slug + "?sort=" + sort.code() + "&dir=" + (nextDescending ? "desc" : "asc")
                + "&lang=" + language.code() + "#wards";
        String ariaSort = isCurrent ? (descending ? "descending" : "ascending") : "none";
        return new Dashboard.Column(label, href, ariaSort, numeric);
    }

    private static String chart(List<DayCount> days, Language language, AdminMessages words) {
        if (days.isEmpty()) {
            return null;
        }
        Locale locale = Locale.forLanguageTag(language.code());
        DateTimeFormatter format = DateTimeFormatter.ofPattern("MMM d", locale);
        long max = days.stream().mapToLong(DayCount::letters).max().orElse(0);
        return DailyChart.svg(
                "daily-chart",
                words.day_title(),
                words.day_desc(
                        days.get(0).day().format(format),
                        days.get(days.size() - 1).day().format(format),
                        max),
                days,
                locale,
                day -> words.day_tooltip(day.day().format(format), day.letters()));
    }

    private static String status(String code, AdminMessages words) {
        return switch (code) {
            case "pending" -> words.status_pending();
            case "sending" -> words.status_sending();
            case "sent" -> words.status_sent();
            case "failed" -> words.status_failed();
            default -> words.status_dropped();
        };
    }

    private static long sum(List<WardTotals> wards, java.util.function.ToLongFunction<WardTotals> count) {
        return wards.stream().mapToLong(count).sum();
    }
}
