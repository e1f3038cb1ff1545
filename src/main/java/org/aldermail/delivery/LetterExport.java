package org.aldermail.delivery;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A campaign's letters with the residents' personal data, for the organizers' letters file only. Letters whose
 * personal data was already erased (see {@code privacy.RetentionJob}) are left out: nothing of them is personal.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LetterExport {

    /** One letter as the organizers' file lists it. */
    public record ExportedLetter(
            String id,
            OffsetDateTime writtenAt,
            String status,
            int ward,
            String alder,
            String residentName,
            String residentEmail,
            String streetAddress,
            String language,
            String source,
            String mode,
            boolean personalised,
            OffsetDateTime sentAt) {}

    private final LetterRepository letters;

    LetterExport(LetterRepository letters) {
        this.letters = letters;
    }

    public List<ExportedLetter> withPersonalData(String campaign) {
        return letters
                .list(
                        "campaignSlug = :campaign and erasedAt is null order by createdAt, id",
                        Parameters.with("campaign", campaign))
                .stream()
                .map(l -> new ExportedLetter(
                        l.publicId,
                        l.createdAt,
                        l.status.apiName(),
                        l.ward,
                        l.alderName,
                        l.residentName,
                        l.residentEmail,
                        l.streetAddress,
                        l.language,
                        l.source,
                        l.mode.name().toLowerCase(java.util.Locale.ROOT),
                        l.personalised,
                        l.sentAt))
                .toList();
    }
}
