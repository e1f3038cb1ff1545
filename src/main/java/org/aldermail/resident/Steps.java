package org.aldermail.resident;

import io.quarkus.qute.RawString;
import java.util.List;
import org.aldermail.campaign.PhoneScript;
import org.aldermail.delivery.LinkLetter;
import org.aldermail.web.Page;

/** The data of each step's template. */
final class Steps {

    private Steps() {}

    /** A campaign on the list at {@code /}. */
    record CampaignItem(String title, String href, boolean accepting, String deadline) {}

    /**
     * Step 1: the address box.
     *
     * @param address what is in the box
     * @param carried the state of later steps, kept when the resident came back to change the address
     */
    record AddressStep(String address, FieldErrors errors, List<Page.Hidden> carried) {}

    /**
     * The chooser for an address where two wards meet.
     *
     * @param question the question the resident can answer from the street, or null (then: which ward?)
     */
    record WardChoice(
            String normalized,
            List<AlderCard> candidates,
            StreetQuestion question,
            String boardOfElectionsUrl,
            FieldErrors errors,
            List<Page.Hidden> carried,
            List<Page.Hidden> changeAddress) {}

    /**
     * "Is your building east or west of N Noble St?": the crossing street where the ward line meets the resident's
     * street, and one answer per ward; the map is a small server-drawn sketch of the two wards either side.
     *
     * @param text       the question
     * @param street     the resident's street, readable ("W Augusta Blvd")
     * @param crossing   the crossing street the ward line runs down, readable ("N Noble St")
     * @param northSouth true when the answers are north/south (the crossing street runs east–west)
     * @param first      the answer drawn left (west) or on top (north)
     * @param second     the answer drawn right (east) or below (south)
     */
    record StreetQuestion(
            String text, String street, String crossing, boolean northSouth, Answer first, Answer second) {

        public List<Answer> answers() {
            return List.of(first, second);
        }
    }

    /** One answer: its words ("West of N Noble St") and the ward and alder it means. */
    record Answer(String label, AlderCard alder) {}

    /**
     * Step 2: the alder's card and the editable letter.
     *
     * @param foundFor        the address as the geocoder read it, or null when found from the location
     * @param addressOnForm   the street address is a field here (found from the location: it still signs the letter)
     * @param shown           digest of the letter text as first shown ({@link LetterChecks#digest})
     * @param closing         the line(s) above the resident's name
     * @param constituent     the signature's last line ("Constituent of the 15th Ward")
     * @param notes           the cited footnotes, as safe HTML (their links clickable)
     */
    record LetterStep(
            AlderCard alder,
            String foundFor,
            boolean addressOnForm,
            String name,
            String email,
            String address,
            String subject,
            String opening,
            String body,
            String shown,
            String note,
            boolean ccMe,
            String closing,
            String signName,
            String signAddress,
            String constituent,
            List<RawString> notes,
            FieldErrors errors,
            List<Page.Hidden> carried,
            List<Page.Hidden> changeAddress) {}

    /**
     * The proof-of-work widget on the letter page (server-mode sending), or null when proof of work is off.
     *
     * @param strings the widget's words in the page's language, as JSON
     */
    record ProofOfWorkWidget(String challengeUrl, String strings) {}

    /** Link mode: the letter ready for the resident's own mail client. */
    record Handover(LinkLetter link, AlderCard alder, List<Page.Hidden> carried) {}

    /**
     * The thank-you page.
     *
     * @param status what happened to the letter, as a sentence
     * @param script the phone script filled for the resident and their alder
     * @param back   the campaign page, in the same language and with the same source
     */
    record Thanks(String heading, String status, AlderCard alder, PhoneScript<String> script, String back) {}
}
