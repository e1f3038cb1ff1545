package org.aldermail.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** Aggregate counts over the letter rows, for public statistics; no personal data leaves here. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LetterCounts {

    /** Letters of one ward in one state. */
    public record ByStatus(int ward, LetterStatus status, boolean personalised, long count) {}

    /** Link-mode reports of one kind for one ward. */
    public record ByReport(int ward, boolean selfReported, long count) {}

    public record BySource(String source, long count) {}

    private final EntityManager em;

    LetterCounts(EntityManager em) {
        this.em = em;
    }

    public List<ByStatus> byWardAndStatus(String campaign) {
        return em.createQuery("""
                select new org.aldermail.delivery.LetterCounts$ByStatus(l.ward, l.status, l.personalised, count(l))
                from Letter l where l.campaignSlug = :campaign group by l.ward, l.status, l.personalised""", ByStatus.class)
                .setParameter("campaign", campaign)
                .getResultList();
    }

    public List<ByReport> reportsByWard(String campaign) {
        return em.createQuery("""
                select l.ward, e.kind, count(e) from LetterEvent e, Letter l
                where e.letterId = l.id and l.campaignSlug = :campaign group by l.ward, e.kind""", Object[].class).setParameter("campaign", campaign).getResultList().stream()
                .map(row -> new ByReport((Integer) row[0], row[1] == LetterEvent.Kind.SELF_REPORTED, (Long) row[2]))
                .toList();
    }

    /** Letters that count toward the total (sent, on their way, or reported sent), per source. */
    public List<BySource> countedBySource(String campaign) {
        return em
                .createQuery("""
                select l.source, count(l) from Letter l
                where l.campaignSlug = :campaign and (l.status in :onTheirWay
                   or exists (select e.id from LetterEvent e where e.letterId = l.id and e.kind = :selfReported))
                group by l.source order by l.source""", Object[].class)
                .setParameter("campaign", campaign)
                .setParameter("onTheirWay", List.of(LetterStatus.SENT, LetterStatus.QUEUED, LetterStatus.SENDING))
                .setParameter("selfReported", LetterEvent.Kind.SELF_REPORTED)
                .getResultList()
                .stream()
                .map(row -> new BySource((String) row[0], (Long) row[1]))
                .toList();
    }
}
