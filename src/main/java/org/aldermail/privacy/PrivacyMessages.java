package org.aldermail.privacy;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The privacy page's words, in English here and in Spanish in {@code messages/privacy_es.properties}. */
@MessageBundle(value = "privacy", locale = "en")
public interface PrivacyMessages {

    @Message("Privacy")
    String title();

    @Message("What we collect")
    String collect_heading();

    @Message("When you write to your alderperson here, we keep what you type into the form: your name, your email"
            + " address, your street address, and the letter itself with any sentence you add. We use the address only to"
            + " find your ward. We keep no cookies, no trackers and no scripts from other sites.")
    String collect_text();

    @Message("To stop floods of fake letters we count requests per network address. We keep only a keyed hash of the"
            + " address, which cannot be turned back into it.")
    String collect_network();

    @Message("Why")
    String why_heading();

    @Message("Your letter is signed with your name and street address so your alderperson's office knows you are a"
            + " constituent. We use your email address to ask you to confirm a letter we send for you, to send you a copy"
            + " if you ask for one, and to let the office reply to you. We never sell your data, never use it for"
            + " anything else and never add you to a mailing list.")
    String why_text();

    @Message("Who sees it")
    String who_heading();

    @Message("Your alderperson's office receives your letter, signed with your name, email and street address. The"
            + " public sees only how many letters were written from each ward. The campaign's organizers, who log in"
            + " with their own accounts, can download the letters with your name, email and address while we keep"
            + " them, for example to invite you to the Council meeting; every download is recorded.")
    String who_text();

    @Message("To locate some addresses, this site asks the US Census Bureau's geocoder: it receives your street"
            + " address, never your name or email.")
    String who_census();

    @Message("How long we keep it")
    String keep_heading();

    @Message("{days} days after your letter was sent (or could not be sent, or its confirmation link expired), or"
            + " after its campaign closed, we erase your name, email address, street address and the letter. What"
            + " remains is a count of letters per ward, with nothing that says who wrote them.")
    String keep_days(long days);

    @Message("{hours} hours after your letter was sent (or could not be sent, or its confirmation link expired), or"
            + " after its campaign closed, we erase your name, email address, street address and the letter. What"
            + " remains is a count of letters per ward, with nothing that says who wrote them.")
    String keep_hours(long hours);

    @Message("Who to contact")
    String contact_heading();

    @Message("To ask what we hold about you, or to have it erased sooner, write to {address}.")
    String contact_address(String address);

    @Message("To ask what we hold about you, or to have it erased sooner, write to the organization that shared this"
            + " site with you.")
    String contact_organizers();
}
