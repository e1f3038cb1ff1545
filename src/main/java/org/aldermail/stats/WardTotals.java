package org.aldermail.stats;

/**
 * One ward's letters in a campaign, for organizers: no personal data.
 *
 * @param counted              the ward's {@linkplain org.aldermail.delivery.LetterCounts counted letters} (each
 *                             resident once), the number the map colours and the goal is measured in
 * @param queued               confirmed server letters waiting in the outbox or being sent
 * @param awaitingConfirmation server letters whose resident has not yet clicked the confirmation link
 * @param personalised         letters sent, on their way or handed over that carry the resident's own words
 */
public record WardTotals(
        int ward,
        String alder,
        String alderEmail,
        long counted,
        long sent,
        long queued,
        long awaitingConfirmation,
        long failed,
        long linkOpened,
        long selfReported,
        long personalised) {}
