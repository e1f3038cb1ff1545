package org.aldermail.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aldermail.delivery.LetterExport;
import org.aldermail.stats.StatsService;
import org.aldermail.stats.WardTotals;

/**
 * The organizers' downloads: the counts per ward and per source (no personal data), and the letters with the
 * residents' personal data, whose every download is recorded with who and when.
 */
@ApplicationScoped
@Transactional
public class Exports {

    /** A recorded download of a letters file. */
    public record Download(String organizer, OffsetDateTime at, int letters) {}

    static final List<String> WARD_HEADER = List.of(
            "ward",
            "alder",
            "counted",
            "sent",
            "queued",
            "awaiting_confirmation",
            "failed",
            "link_opened",
            "self_reported",
            "personalised",
            "goal_share_percent");

    static final List<String> LETTER_HEADER = List.of(
            "id",
            "written_at",
            "status",
            "ward",
            "alder",
            "name",
            "email",
            "street_address",
            "language",
            "source",
            "mode",
            "personalised",
            "sent_at");

    private final StatsService stats;
    private final LetterExport letters;
    private final LetterDownloadRepository downloads;
    private final Clock clock;

    Exports(StatsService stats, LetterExport letters, LetterDownloadRepository downloads, Clock clock) {
        this.stats = stats;
        this.letters = letters;
        this.downloads = downloads;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String wards(String slug, int goal) {
        List<List<String>> rows = new ArrayList<>();
        for (WardTotals ward : stats.wardTotals(slug)) {
            rows.add(List.of(
                    Integer.toString(ward.ward()),
                    ward.alder(),
                    Long.toString(ward.counted()),
                    Long.toString(ward.sent()),
                    Long.toString(ward.queued()),
                    Long.toString(ward.awaitingConfirmation()),
                    Long.toString(ward.failed()),
                    Long.toString(ward.linkOpened()),
                    Long.toString(ward.selfReported()),
                    Long.toString(ward.personalised()),
                    GoalShare.percent(ward.counted(), goal)));
        }
        return CsvFile.write(WARD_HEADER, rows);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String sources(String slug) {
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Long> source : stats.bySource(slug).entrySet()) {
            rows.add(List.of(source.getKey(), Long.toString(source.getValue())));
        }
        return CsvFile.write(List.of("source", "letters"), rows);
    }

    /** The letters with personal data; the download is recorded in the same transaction. */
    public String letters(String slug, String organizer) {
        List<LetterExport.ExportedLetter> all = letters.withPersonalData(slug);
        LetterDownload download = new LetterDownload();
        download.campaignSlug = slug;
        download.organizer = organizer;
        download.letters = all.size();
        download.downloadedAt = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        downloads.persist(download);
        List<List<String>> rows = new ArrayList<>();
        for (LetterExport.ExportedLetter l : all) {
            rows.add(List.of(
                    l.id(),
                    l.writtenAt().toString(),
                    l.status(),
                    Integer.toString(l.ward()),
                    l.alder(),
                    l.residentName(),
                    l.residentEmail() == null ? "" : l.residentEmail(),
                    l.streetAddress(),
                    l.language(),
                    l.source(),
                    l.mode(),
                    Boolean.toString(l.personalised()),
                    l.sentAt() == null ? "" : l.sentAt().toString()));
        }
        return CsvFile.write(LETTER_HEADER, rows);
    }

    /** The campaign's letters-file downloads, newest first, at most {@code limit}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Download> downloads(String slug, int limit) {
        return downloads
                .find("campaignSlug = ?1 order by downloadedAt desc, id desc", slug)
                .range(0, limit - 1)
                .list()
                .stream()
                .map(d -> new Download(d.organizer, d.downloadedAt, d.letters))
                .toList();
    }
}
