package org.aldermail.stats;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aldermail.delivery.LetterCounts;

/**
 * Letters written per day in Chicago's time zone (the city's day, not the server's), every day from the first letter
 * to today, days without letters included, at most the last {@link #MAX_DAYS}.
 */
@ApplicationScoped
public class LettersPerDay {

    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    static final int MAX_DAYS = 60;

    private final LetterCounts letters;
    private final Clock clock;

    LettersPerDay(LetterCounts letters, Clock clock) {
        this.letters = letters;
        this.clock = clock;
    }

    public List<DayCount> forCampaign(String slug) {
        Map<LocalDate, Long> byDay = new TreeMap<>();
        for (OffsetDateTime written : letters.writtenTimes(slug)) {
            byDay.merge(written.atZoneSameInstant(CHICAGO).toLocalDate(), 1L, Long::sum);
        }
        if (byDay.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock.withZone(CHICAGO));
        LocalDate last = byDay.keySet().stream().max(LocalDate::compareTo).orElseThrow();
        LocalDate end = last.isAfter(today) ? last : today;
        LocalDate first = byDay.keySet().iterator().next();
        LocalDate start = first.isBefore(end.minusDays(MAX_DAYS - 1)) ? end.minusDays(MAX_DAYS - 1) : first;
        List<DayCount> days = new ArrayList<>();
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            days.add(new DayCount(day, byDay.getOrDefault(day, 0L)));
        }
        return days;
    }
}
