package org.aldermail.delivery;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;

/**
 * Aggregate counts over the letter rows, for public statistics; no personal data leaves here.
 *
 * <p>This is the one definition of a <b>counted letter</b>, the letters behind a campaign's running total
 * (the campaign page's counter, the stats API's {@code total} and {@code bySource}). A letter counts when it
 * has reached its alder or is on its way there:
 *
 * <ul>
 *   <li>a server letter that is {@linkplain #ON_THEIR_WAY queued, being sent or sent}: confirmed by its resident
 *       (or needing no confirmation) and not failed;
 *   <li>a link letter whose resident reported "I sent it" (a {@code self_reported} event).
 * </ul>
 *
 * <p>Not counted: letters waiting for confirmation, expired, failed (those are shown per ward, apart), and
 * link letters only handed over or whose mail link was only opened, since nothing says they were sent.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LetterCounts {

    /** Server-letter states that count: the letter reached its alder or is in the outbox on its way there. */
    static final Set<LetterStatus> ON_THEIR_WAY = Set.of(LetterStatus.QUEUED, LetterStatus.SENDING, LetterStatus.SENT);

    /** Counted letters of one ward that came in through one source. */
    public record Counted(int ward, String source, long count) {}

    /** Letters of one ward in one state. */
    public record ByStatus(int ward, LetterStatus status, boolean personalised, long count) {}

    /** Link-mode reports of one kind for one ward. */
    public record ByReport(int ward, boolean selfReported, long count) {}

    record ReportRow(int ward, LetterEvent.Kind kind, long count) {}

    private final LetterRepository letters;

    LetterCounts(LetterRepository letters) {
        this.letters = letters;
    }

    /** The campaign's counted letters (see the class comment), by ward and source. */
    public List<Counted> counted(String campaign) {
        return letters.find(
                        """
                        select l.ward, l.source, count(l) from Letter l
                        where l.campaignSlug = :campaign and (l.status in :onTheirWay
                           or exists (select e.id from LetterEvent e where e.letterId = l.id and e.kind = :reportedSent))
                        group by l.ward, l.source""",
                        Parameters.with("campaign", campaign)
                                .and("onTheirWay", ON_THEIR_WAY)
                                .and("reportedSent", LetterEvent.Kind.SELF_REPORTED))
                .project(Counted.class)
                .list();
    }

    public List<ByStatus> byWardAndStatus(String campaign) {
        return letters.find("""
                        select l.ward, l.status, l.personalised, count(l) from Letter l
                        where l.campaignSlug = :campaign group by l.ward, l.status, l.personalised""", Parameters.with("campaign", campaign))
                .project(ByStatus.class)
                .list();
    }

    public List<ByReport> reportsByWard(String campaign) {
        return letters.find("""
                        select l.ward, e.kind, count(e) from LetterEvent e, Letter l
                        where e.letterId = l.id and l.campaignSlug = :campaign group by l.ward, e.kind""", Parameters.with("campaign", campaign)).project(ReportRow.class).list().stream()
                .map(row -> new ByReport(row.ward(), row.kind() == LetterEvent.Kind.SELF_REPORTED, row.count()))
                .toList();
    }
}
