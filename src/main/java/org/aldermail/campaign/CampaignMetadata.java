package org.aldermail.campaign;

import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import org.aldermail.campaign.Campaign.Meeting;
import org.aldermail.campaign.Campaign.Sender;
import org.aldermail.campaign.Campaign.Status;
import org.aldermail.campaign.Campaign.Translation;
import org.aldermail.web.Language;

/** What {@code campaign.yaml} says: the campaign's facts, without any text residents read. */
record CampaignMetadata(
        String slug,
        String ordinance,
        Status status,
        Optional<ZonedDateTime> closesAt,
        Optional<Meeting> meeting,
        int goal,
        Sender sender,
        Optional<Boolean> confirmSender,
        Optional<Integer> lettersPerClientPerHour,
        Map<Language, Translation> translations) {}
