package org.aldermail.campaign;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import org.aldermail.web.Language;

/**
 * One campaign as loaded from its folder: metadata from {@code campaign.yaml} and the text of every
 * {@link Language}. Immutable; an edit of the folder produces a new instance.
 *
 * @param closesAt      when it stops taking letters, if it has a deadline
 * @param goal          how many letters the organizers aim for
 * @param confirmSender the campaign's own choice about confirming the resident's email address before sending,
 *                      overriding the delivery configuration; empty to follow it
 * @param lettersPerClientPerHour the campaign's own limit of letters and "I sent it" reports per client (network
 *                      address) per hour, overriding {@code aldermail.abuse.letters-per-client-per-hour}; empty to
 *                      follow it
 * @param translations  the languages whose text is a translation, and of what
 * @param folder        where it was read from
 */
public record Campaign(
        String slug,
        String ordinance,
        Status status,
        Optional<ZonedDateTime> closesAt,
        Optional<Meeting> meeting,
        int goal,
        Sender sender,
        Optional<Boolean> confirmSender,
        Optional<Integer> lettersPerClientPerHour,
        Map<Language, CampaignText> texts,
        Map<Language, Translation> translations,
        Path folder) {

    public enum Status {
        OPEN,
        CLOSED;

        public String code() {
            return name().toLowerCase();
        }
    }

    /** The City Council or committee meeting with the vote, in the campaign's time zone. */
    public record Meeting(LocalDate date, Optional<LocalTime> time, Optional<ZonedDateTime> startsAt) {}

    /** Whom the letters come from, as in {@code From: "<Resident> via <name>" <address>}. */
    public record Sender(String name, String address) {}

    /** A language whose text was translated from another, and whether an organizer has reviewed it yet. */
    public record Translation(Language from, boolean reviewed) {}

    /** Open, and its closing time (if any) not reached: a closed campaign is still shown but takes no letters. */
    public boolean acceptsLetters(Instant now) {
        return status == Status.OPEN
                && closesAt.map(closes -> now.isBefore(closes.toInstant())).orElse(true);
    }

    /** The text in a language; every campaign has every language. */
    public CampaignText text(Language language) {
        return texts.get(language);
    }
}
