package org.aldermail.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.aldermail.privacy.Erasure;
import org.aldermail.privacy.PersonalData;

/**
 * Erases the personal data of letters past their retention: the resident's name, email and street address, the
 * subject and body (which carry the note and the signature), the dedupe key (a plain hash of the email), the
 * confirmation token hash and the failure reason (a mail server's reply can quote an address). Kept: ward, alder,
 * status, mode, source, whether it was personalised, and the times, so every count per ward stays as it was.
 *
 * <p>A letter is final when sent ({@code sent_at}), failed (its last attempt), expired (its confirmation window's
 * end) or handed over as mail links (when created). Letters of a closed campaign are erased too, unless they are
 * still on their way (queued or being sent). Also removed: the outbox rows of erased letters once finished, and the
 * stored answers to idempotent submissions (a link-mode answer repeats the whole letter), which only serve retries.
 *
 * <p>Plain SQL, because these are bulk statements over rows no request holds; each is conditional on the row not yet
 * being erased ({@code erased_at}), so several instances may run it at once.
 */
@ApplicationScoped
@Transactional
class LetterErasure implements PersonalData {

    private static final String ERASE = """
            UPDATE letter SET resident_name = '', resident_email = NULL, street_address = '', subject = '', body = '',
                   dedupe_key = NULL, confirm_token_hash = NULL, failure_reason = NULL, erased_at = :now
            WHERE erased_at IS NULL AND (
                   (status = 'SENT' AND COALESCE(sent_at, created_at) < :finalBefore)
                OR (status = 'EXPIRED' AND COALESCE(confirm_expires_at, created_at) < :finalBefore)
                OR (status = 'HANDED_OVER' AND created_at < :finalBefore)
                OR (status = 'FAILED' AND COALESCE(
                        (SELECT MAX(o.next_attempt_at) FROM outbox_message o WHERE o.letter_id = letter.id),
                        created_at) < :finalBefore)""";

    private static final String OF_CLOSED_CAMPAIGNS =
            "\n    OR (campaign_slug IN (:closed) AND status NOT IN ('QUEUED', 'SENDING'))";

    /** Finished mail, and confirmation requests of erased letters (their token is gone, so the link cannot work). */
    private static final String FORGET_OUTBOX = """
            DELETE FROM outbox_message
            WHERE (status IN ('SENT', 'FAILED') OR kind = 'CONFIRMATION')
              AND letter_id IN (SELECT id FROM letter WHERE erased_at IS NOT NULL)""";

    private static final String FORGET_ANSWERS = "DELETE FROM idempotency_record WHERE created_at < :finalBefore";

    private final EntityManager em;

    LetterErasure(EntityManager em) {
        this.em = em;
    }

    @Override
    public int erase(Erasure erasure) {
        boolean anyClosed = !erasure.closedCampaigns().isEmpty();
        Query letters = em.createNativeQuery(ERASE + (anyClosed ? OF_CLOSED_CAMPAIGNS : "") + ")")
                .setParameter("now", erasure.now())
                .setParameter("finalBefore", erasure.finalBefore());
        if (anyClosed) {
            letters.setParameter("closed", erasure.closedCampaigns());
        }
        int erased = letters.executeUpdate();
        int mails = em.createNativeQuery(FORGET_OUTBOX).executeUpdate();
        int answers = em.createNativeQuery(FORGET_ANSWERS)
                .setParameter("finalBefore", erasure.finalBefore())
                .executeUpdate();
        return erased + mails + answers;
    }
}
