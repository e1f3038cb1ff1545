package org.aldermail.delivery;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Aggregate counts over the letter rows, for public statistics; no personal data leaves here.
 *
 * <p>This is the one definition of a <b>counted letter</b>, the letters behind a campaign's headline total (the
 * campaign page's counter, the stats API's {@code total} and {@code bySource}). A letter counts when something
 * outside the resident's own word says it went out:
 *
 * <ul>
 *   <li>a server letter the outbox <b>sent</b> (confirmed, when confirmation is on, and accepted by the mail server);
 *   <li>a link letter whose mail link was <b>opened</b> (an {@code opened} event).
 * </ul>
 *
 * <p>And each <b>resident counts at most once per campaign</b>: letters are counted by their resident's email (a
 * keyed hash of it), or by the client's network address when the letter has no email, and only the first counted
 * letter of each counts (its ward and source). So a hundred link letters from one client without an email, or a
 * hundred letters with one email, are one.
 *
 * <p>Not counted: letters queued or waiting for confirmation, expired, failed (those are shown per ward, apart), link
 * letters only handed over, and "I sent it" reports: anyone can make those, so they are shown apart as
 * {@linkplain #selfReportedOnly residents who only said they sent one}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LetterCounts {

    /** Counted letters of one ward that came in through one source. */
    public record Counted(int ward, String source, long count) {}

    /** Letters of one ward in one state. */
    public record ByStatus(int ward, LetterStatus status, boolean personalised, long count) {}

    /** Link-mode reports of one kind for one ward. */
    public record ByReport(int ward, boolean selfReported, long count) {}

    record ReportRow(int ward, LetterEvent.Kind kind, long count) {}

    /** The condition on a letter {@code c} that makes it counted, residents aside. */
    private static final String COUNTED_LETTER = """
            c.campaignSlug = :campaign and (c.status = :sent
               or exists (select e.id from LetterEvent e where e.letterId = c.id and e.kind = :opened))""";

    private final LetterRepository letters;

    LetterCounts(LetterRepository letters) {
        this.letters = letters;
    }

    /** The campaign's counted letters (see the class comment), one per resident, by ward and source. */
    public List<Counted> counted(String campaign) {
        return letters.find(
                        "select l.ward, l.source, count(l) from Letter l where l.id in (select min(c.id) from Letter c"
                                + " where " + COUNTED_LETTER + " group by c.residentKey) group by l.ward, l.source",
                        countedParameters(campaign))
                .project(Counted.class)
                .list();
    }

    /**
     * Residents who said "I sent it" for a link letter of the campaign but have no counted letter in it: shown apart
     * from the total ("… and N more said they sent one"), each once.
     */
    public long selfReportedOnly(String campaign) {
        return letters.getEntityManager()
                .createQuery("""
                        select count(distinct l.residentKey) from Letter l where l.campaignSlug = :campaign
                        and exists (select r.id from LetterEvent r where r.letterId = l.id and r.kind = :selfReported)
                        and l.residentKey not in (select c.residentKey from Letter c where""" + " " + COUNTED_LETTER + ")", Long.class)
                .setParameter("campaign", campaign)
                .setParameter("sent", LetterStatus.SENT)
                .setParameter("opened", LetterEvent.Kind.OPENED)
                .setParameter("selfReported", LetterEvent.Kind.SELF_REPORTED)
                .getSingleResult();
    }

    private static Parameters countedParameters(String campaign) {
        return Parameters.with("campaign", campaign)
                .and("sent", LetterStatus.SENT)
                .and("opened", LetterEvent.Kind.OPENED);
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

    /**
     * When each of the campaign's letters was written, oldest first: the caller buckets them by day in its own time
     * zone (grouping by date in SQL would use the database's zone, and differs between H2 and PostgreSQL).
     */
    public List<java.time.OffsetDateTime> writtenTimes(String campaign) {
        return letters.find("select l.createdAt from Letter l where l.campaignSlug = ?1 order by l.createdAt", campaign)
                .project(java.time.OffsetDateTime.class)
                .list();
    }
}
