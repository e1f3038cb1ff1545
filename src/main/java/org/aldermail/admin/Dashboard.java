package org.aldermail.admin;

import java.util.List;
import org.aldermail.stats.LetterMap;

/** Everything the campaign dashboard shows, ready for its template. */
public record Dashboard(
        String slug,
        String title,
        int goal,
        String goalPercent,
        Totals totals,
        LetterMap.View map,
        List<Column> columns,
        List<Row> rows,
        String chart,
        List<Day> days,
        List<Source> sources,
        Health health,
        List<Exports.Download> downloads,
        List<Target> targets) {

    public record Totals(
            long counted,
            long sent,
            long queued,
            long awaitingConfirmation,
            long failed,
            long linkOpened,
            long selfReported,
            long personalised) {}

    /**
     * A heading of the ward table.
     *
     * @param href     the table sorted by this column (reversed when it is the current one)
     * @param ariaSort {@code ascending}, {@code descending} or {@code none}, for screen readers
     */
    public record Column(String label, String href, String ariaSort, boolean numeric) {}

    public record Row(
            int ward,
            String alder,
            long counted,
            long sent,
            long queued,
            long awaitingConfirmation,
            long failed,
            long linkOpened,
            long selfReported,
            long personalised,
            String share) {}

    public record Day(String day, long letters) {}

    public record Source(String source, long letters) {}

    public record Failed(String id, int ward, String alder, String writtenAt, String reason, boolean retryable) {}

    public record TestSent(String recipient, String status, String queuedAt, String lastError) {}

    public record Health(
            long queued,
            String oldestQueued,
            long outboxWaiting,
            long failedCount,
            List<Failed> failed,
            List<TestSent> tests) {}

    /** Where a test message may go: {@code value} is what the form posts. */
    public record Target(String value, String label) {}
}
