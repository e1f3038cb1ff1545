package org.aldermail.stats;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Letters per day as an SVG bar chart drawn on the server: one bar per day, the highest count on the axis, the first
 * and last day under it. Each bar has a tooltip; the page shows the same numbers as a table for screen readers.
 */
public final class DailyChart {

    static final int WIDTH = 600;
    static final int HEIGHT = 200;
    private static final int LEFT = 40;
    private static final int BOTTOM = 24;
    private static final int TOP = 10;

    private DailyChart() {}

    /**
     * @param tooltip a bar's text ("Mar 3: 12 letters") in the page's language
     */
    public static String svg(
            String id,
            String title,
            String description,
            List<DayCount> days,
            Locale locale,
            Function<DayCount, String> tooltip) {
        long max = Math.max(1, days.stream().mapToLong(DayCount::letters).max().orElse(1));
        double plotWidth = WIDTH - LEFT - 4;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double slot = days.isEmpty() ? plotWidth : plotWidth / days.size();
        double bar = Math.max(1, slot * 0.8);
        DateTimeFormatter format = DateTimeFormatter.ofPattern("MMM d", locale);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"daily-chart\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\"><title id=\"")
                .append(id)
                .append("-title\">")
                .append(WardMap.escape(title))
                .append("</title><desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(WardMap.escape(description))
                .append("</desc>");
        svg.append("<g font-family=\"system-ui, sans-serif\" font-size=\"12\" fill=\"#1a1a1a\">")
                .append(text(LEFT - 6, TOP + 4, "end", Long.toString(max)))
                .append(text(LEFT - 6, TOP + plotHeight, "end", "0"));
        if (!days.isEmpty()) {
            svg.append(text(LEFT, HEIGHT - 6, "start", days.get(0).day().format(format)));
            if (days.size() > 1) {
                svg.append(text(
                        WIDTH - 4,
                        HEIGHT - 6,
                        "end",
                        days.get(days.size() - 1).day().format(format)));
            }
        }
        svg.append("</g><line x1=\"")
                .append(LEFT)
                .append("\" y1=\"")
                .append(fmt(TOP + plotHeight))
                .append("\" x2=\"")
                .append(WIDTH - 4)
                .append("\" y2=\"")
                .append(fmt(TOP + plotHeight))
                .append("\" stroke=\"#4b5257\"/><g fill=\"#21918c\">");
        for (int i = 0; i < days.size(); i++) {
            DayCount day = days.get(i);
            double h = plotHeight * day.letters() / max;
            svg.append("<rect data-day=\"")
                    .append(day.day())
                    .append("\" data-letters=\"")
                    .append(day.letters())
                    .append("\" x=\"")
                    .append(fmt(LEFT + i * slot + (slot - bar) / 2))
                    .append("\" y=\"")
                    .append(fmt(TOP + plotHeight - h))
                    .append("\" width=\"")
                    .append(fmt(bar))
                    .append("\" height=\"")
                    .append(fmt(h))
                    .append("\"><title>")
                    .append(WardMap.escape(tooltip.apply(day)))
                    .append("</title></rect>");
        }
        return svg.append("</g></svg>").toString();
    }

    private static String text(double x, double y, String anchor, String value) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\">" + WardMap.escape(value)
                + "</text>";
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
