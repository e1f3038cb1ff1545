package org.aldermail.delivery;

import java.util.Locale;
import org.aldermail.abuse.ClientAddress;
import org.aldermail.campaign.Campaign;
import org.aldermail.web.Language;

/**
 * A letter whose every field passed the rules of {@link LetterSubmission}, with its campaign (taking letters) and
 * the ward the server derived: everything {@link LetterIntake} needs, decided once.
 *
 * @param email  null when none was given (link mode only)
 * @param client who sent it in (rate limits; the letter counts for it when it has no email)
 */
public record CheckedLetter(
        Campaign campaign,
        int ward,
        String name,
        EmailAddress email,
        String address,
        Language language,
        String subject,
        String body,
        String personalNote,
        DeliveryMode mode,
        boolean ccResident,
        String source,
        ClientAddress client) {

    /** @param submission a submission that passed validation */
    public static CheckedLetter of(Campaign campaign, int ward, LetterSubmission submission, ClientAddress client) {
        EmailAddress email = EmailAddress.parse(submission.email()).orElse(null);
        return new CheckedLetter(
                campaign,
                ward,
                submission.name(),
                email,
                submission.address(),
                Language.fromCode(submission.language()).orElseThrow(),
                submission.subject(),
                submission.body(),
                submission.personalNote(),
                DeliveryMode.valueOf(submission.mode().strip().toUpperCase(Locale.ROOT)),
                Boolean.TRUE.equals(submission.ccMe()) && email != null,
                Sources.orDirect(submission.source()),
                client);
    }
}
