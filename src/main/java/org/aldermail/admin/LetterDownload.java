package org.aldermail.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Who downloaded a campaign's letters file (with residents' personal data), and when. */
@Entity
@Table(name = "letter_download")
class LetterDownload {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "campaign_slug", nullable = false, length = 80)
    String campaignSlug;

    @Column(nullable = false, length = Organizer.MAX_USERNAME)
    String organizer;

    @Column(nullable = false)
    int letters;

    @Column(name = "downloaded_at", nullable = false)
    OffsetDateTime downloadedAt;
}
