package org.aldermail.resident;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every word of the resident's pages (layout, campaign, ward, letter, sending, thank-you), in English here and in
 * Spanish in {@code messages/ui_es.properties}. In templates: {@code {ui:address_label}}; in Java:
 * {@code MessageBundles.get(ResidentMessages.class, Localized.Literal.of("es"))}. {@code MessageBundlesTest} fails on a
 * missing translation, and {@code TemplateTextTest} on words written into a template instead of here.
 *
 * <p>Residents read these on a phone, often in a hurry: short sentences, plain words, "you" (Spanish: "usted").
 */
@MessageBundle(value = "ui", locale = "en")
public interface ResidentMessages {

    // ---- layout -------------------------------------------------------------------------------------------

    @Message("Step {number} of {total}")
    String step(int number, int total);

    @Message("(opens in a new tab)")
    String new_tab();

    // ---- campaign list (/) --------------------------------------------------------------------------------

    @Message("Write to your alderperson")
    String index_title();

    @Message("Choose a campaign to write your letter.")
    String index_intro();

    @Message("There are no campaigns right now. Please come back later.")
    String index_none();

    @Message("Open: takes letters")
    String index_open();

    @Message("Closed")
    String index_closed();

    // ---- campaign page (/c/{slug}) ------------------------------------------------------------------------

    @Message("{date} at {time}")
    String date_at_time(String date, String time);

    @Message("Letters close on {when} (Chicago time).")
    String deadline(String when);

    @Message("City Council votes on {when}.")
    String vote_upcoming(String when);

    @Message("The City Council vote was on {when}.")
    String vote_past(String when);

    @Message("Where: {place}")
    String vote_place(String place);

    @Message("{#if count == 1}1 letter sent so far{#else}{countText} letters sent so far{/if}")
    String counter(long count, String countText);

    @Message("{#if count == 1}… and 1 more person said they sent one{#else}… and {countText} more said they sent"
            + " one{/if}")
    String counter_self_reported(long count, String countText);

    @Message("Goal: {goal} letters")
    String counter_goal(String goal);

    @Message("Letters sent toward the goal")
    String counter_label();

    @Message("Find your alderperson")
    String address_heading();

    @Message("Your street address in Chicago")
    String address_label();

    @Message("For example: 2650 W 51st St. We use it to find your ward and to sign your letter.")
    String address_hint();

    @Message("Find my alderperson")
    String address_submit();

    @Message("Use my location")
    String locate_button();

    @Message("Finding your location…")
    String locate_busy();

    @Message("We couldn't get your location. Please type your address.")
    String locate_failed();

    @Message("Why we're writing")
    String why_heading();

    @Message("This campaign is closed. It no longer takes letters.")
    String closed_notice();

    @Message("Letters closed on {when}.")
    String closed_since(String when);

    @Message("There is a problem")
    String error_summary_title();

    @Message("Did you mean one of these?")
    String suggestions_label();

    @Message("{street}: numbers {from} to {to}")
    String range_line(String street, int from, int to);

    // ---- address errors -----------------------------------------------------------------------------------

    @Message("Type your street address, for example 2650 W 51st St.")
    String address_required();

    @Message("That is too long for a street address: {max} characters at most.")
    String address_too_long(int max);

    @Message("Type the address on one line, with letters, numbers and spaces only.")
    String address_characters();

    @Message("Start with the house number, then the street, for example 2650 W 51st St.")
    String address_unparseable();

    @Message("We couldn't find that street in Chicago. Please check the spelling.")
    String address_street_not_found();

    @Message("We couldn't find that street in Chicago. Choose one of the addresses below, or check the spelling.")
    String address_street_suggestions();

    @Message("That street has no house number {number}. Please check the number.")
    String address_number_out_of_range(String number);

    @Message("There is more than one street with this name and number. Choose yours below.")
    String address_direction_needed();

    @Message(
            "We know this street, but our map can't place this house number. Try “Use my location”, or check your ward with the Chicago Board of Elections.")
    String address_not_locatable();

    @Message("This address is not in the City of Chicago. aldermail writes only to Chicago's 50 alderpersons.")
    String address_outside_city();

    @Message("Address lookup is not working right now. Try “Use my location”, or come back later.")
    String address_unavailable();

    @Message("Your location is not in the City of Chicago. Please type your Chicago address instead.")
    String location_outside_city();

    @Message("We couldn't read your location. Please type your address.")
    String location_invalid();

    // ---- ward chooser -------------------------------------------------------------------------------------

    @Message("Which ward do you live in?")
    String choose_title();

    @Message(
            "{address} is right where two wards meet, so the address alone doesn't tell us which one you live in. A letter to the wrong alderperson doesn't count, so please choose.")
    String choose_explain(String address);

    @Message(
            "Not sure? Look up your address with the Chicago Board of Elections (“Your Voter Information” shows your ward), then come back here.")
    String choose_check();

    @Message("Chicago Board of Elections: Your Voter Information")
    String choose_check_link();

    @Message("Your ward")
    String choose_legend();

    @Message("Choose your ward.")
    String choose_required();

    @Message("Continue with this ward")
    String choose_submit();

    @Message("Change address")
    String change_address();

    @Message("{address} is where two wards meet: the line between them runs down {crossing}. Which side of {crossing}"
            + " is your building on? Your answer picks your ward.")
    String choose_question_explain(String address, String crossing);

    @Message("Your building is")
    String choose_question_legend();

    @Message("I'm not sure")
    String choose_unsure();

    @Message("Then choose your ward below.")
    String choose_unsure_explain();

    @Message("Sketch: {street} crosses {crossing}; the ward line runs down {crossing}, with one ward on each side.")
    String choose_map_title(String street, String crossing);

    // ---- alderperson card ---------------------------------------------------------------------------------

    @Message("Your alderperson")
    String card_heading();

    @Message("Office phone")
    String card_phone();

    @Message("Email")
    String card_email();

    @Message("Office")
    String card_office();

    @Message("Found for: {address}")
    String card_for_address(String address);

    @Message("Found from your location.")
    String card_for_location();

    // ---- letter -------------------------------------------------------------------------------------------

    @Message("Your letter to {alderName}")
    String letter_title(String alderName);

    @Message("Check the letter, add your name and, if you like, a sentence of your own. You can change anything.")
    String letter_intro();

    @Message("About you")
    String about_you();

    @Message("Your name")
    String name_label();

    @Message("Your email")
    String email_label();

    @Message("Needed if we send the letter for you: we email you a link to confirm. The office can reply to it.")
    String email_hint();

    @Message("Your street address")
    String signature_address_label();

    @Message("It goes under your name, so the office knows you live in the ward.")
    String signature_address_hint();

    @Message("The letter")
    String letter_heading();

    @Message("Subject")
    String subject_label();

    @Message("The letter begins")
    String letter_begins();

    @Message("Your letter (you can edit it)")
    String body_label();

    @Message("Why this matters to you (optional)")
    String note_label();

    @Message(
            "One or two sentences in your own words make your letter stronger. They go into the letter as a paragraph of their own.")
    String note_hint();

    @Message("The letter ends")
    String letter_ends();

    @Message("[Your name]")
    String name_placeholder();

    @Message("[Your street address]")
    String address_placeholder();

    @Message("Sources the letter cites")
    String notes_summary();

    @Message("Send me a copy (when you send it for me)")
    String cc_label();

    @Message("How do you want to send it?")
    String how_heading();

    @Message("Send it for me")
    String send_server();

    @Message(
            "We email you a link to confirm it's you. Then we send the letter in your name, and replies go to your email.")
    String send_server_hint();

    @Message("Open it in my email app")
    String send_link();

    @Message("Your email app, Gmail or Outlook opens with the letter filled in, and you press send.")
    String send_link_hint();

    // ---- letter errors ------------------------------------------------------------------------------------

    @Message("Type your name.")
    String name_required();

    @Message("Your name can be {max} characters at most.")
    String name_too_long(int max);

    @Message("Type your name on one line, with no special characters.")
    String name_characters();

    @Message("Type your email address, so we can send you the confirmation link. Or choose “Open it in my email app”.")
    String email_required();

    @Message("Type one email address, like name@example.org.")
    String email_invalid();

    @Message("The subject can be {max} characters at most.")
    String subject_too_long(int max);

    @Message("Type the subject on one line, with no special characters.")
    String subject_characters();

    @Message("The letter can be {max} characters at most.")
    String body_too_long(int max);

    @Message("The letter contains characters we can't send. Please retype the part you pasted.")
    String body_characters();

    @Message("Your sentence can be {max} characters at most.")
    String note_too_long(int max);

    @Message("Your sentence contains characters we can't send. Please retype it.")
    String note_characters();

    @Message(
            "This address is in another ward than your location. Please check it, or use “Change address” to find your alderperson from the address.")
    String address_other_ward();

    @Message("Choose how to send your letter.")
    String mode_required();

    @Message("Please check this field.")
    String field_invalid();

    // ---- link mode (handover) -----------------------------------------------------------------------------

    @Message("Your letter is ready to send")
    String handover_title();

    @Message("1. Open it, check it, press send")
    String handover_open_heading();

    @Message("Choose where you write email. The letter to {alderName} is filled in.")
    String handover_open_hint(String alderName);

    @Message("Email app")
    String open_mail_app();

    @Message("Gmail")
    String open_gmail();

    @Message("Outlook")
    String open_outlook();

    @Message(
            "Your letter is too long for an email link, so the link holds a shorter version. Please copy the full letter below and paste it in its place.")
    String shortened_notice();

    @Message("Or copy it into any email")
    String handover_copy_heading();

    @Message("To")
    String label_to();

    @Message("Copy")
    String copy();

    @Message("Copied.")
    String copied();

    @Message("Copy the address")
    String copy_to();

    @Message("Copy the subject")
    String copy_subject();

    @Message("Copy the letter")
    String copy_body();

    @Message("2. Tell us when you've sent it")
    String handover_done_heading();

    @Message("So the campaign can count your letter. We can't see your email.")
    String handover_done_hint();

    @Message("I sent it")
    String i_sent_it();

    // ---- thank-you ----------------------------------------------------------------------------------------

    @Message("Thank you")
    String thanks_title();

    @Message("Thank you, {name}")
    String thanks_title_named(String name);

    @Message(
            "One more step: we emailed a link to {email}. Your letter goes to {alderName} only after you open it and press the button. If you don't see the email, check your spam folder.")
    String status_pending(String email, String alderName);

    @Message("Your letter to {alderName} is on its way.")
    String status_queued(String alderName);

    @Message("Your letter to {alderName} has been sent.")
    String status_sent(String alderName);

    @Message("We could not deliver your letter to {alderName}. Please send it from your own email instead.")
    String status_failed(String alderName);

    @Message("This letter was not confirmed in time, so it was not sent. You can write it again.")
    String status_expired();

    @Message("Thank you for sending your letter to {alderName}.")
    String status_handed_over(String alderName);

    @Message("Call the office too")
    String call_heading();

    @Message("A call takes two minutes and is counted too. Here is what you can say:")
    String call_intro();

    @Message("Call {phone}")
    String call_button(String phone);

    @Message("If they say {alderName} will vote as we ask:")
    String call_if_yes(String alderName);

    @Message("If they say no:")
    String call_if_no();

    @Message("If they are not sure:")
    String call_if_unsure();

    @Message("What else you can do")
    String actions_heading();

    @Message("Ask others to write too")
    String share_heading();

    @Message("Text to share")
    String share_text_label();

    @Message("Link to share")
    String share_link_label();

    @Message("Copy the text")
    String copy_share();

    @Message("Copy the link")
    String copy_link();

    @Message("Back to the campaign")
    String back_to_campaign();

    // ---- errors -------------------------------------------------------------------------------------------

    @Message("Campaign not found")
    String missing_title();

    @Message("We couldn't find this campaign. It may have been renamed or removed.")
    String missing_text();

    @Message("Your letter is too long")
    String too_large_title();

    @Message("What you sent is too long for us to read. Please shorten your letter and try again.")
    String too_large_text();

    @Message("With the campaign's text and your signature, your letter would be longer than {max} characters."
            + " Please shorten it.")
    String letter_too_long(int max);

    @Message("Please wait a little")
    String rate_limited_title();

    @Message("Many letters came from your network or with your email address in a short time, so this form paused"
            + " to keep it safe from abuse. Your letter has not been sent yet.")
    String rate_limited_text();

    @Message("Please try again {#if minutes == 1}in a minute{#else}in {minutes} minutes{/if}.")
    String rate_limited_minutes(long minutes);

    @Message("Please try again in {hours} hours.")
    String rate_limited_hours(long hours);

    @Message("We couldn't read that")
    String bad_request_title();

    @Message("We couldn't read what your browser sent. Please go back and try again.")
    String bad_request_text();

    @Message("Something went wrong")
    String failure_title();

    @Message("Sorry, something went wrong on our side, and your letter was not sent. Please try again in a minute.")
    String failure_text();

    // ---- form checks (org.aldermail.abuse.FormGuard, ProofOfWork) ------------------------------------------------

    @Message("Please start again")
    String form_refused_title();

    @Message("We could not take this form: the page was open for a long time, or it was sent from another website."
            + " Please open the campaign page again and start over.")
    String form_refused_text();

    /** A post that looked automated: the letter page again, not saying why. */
    @Message("Please check your letter, then choose again how to send it.")
    String send_again();

    @Message("Sending it for you needs a quick check by your browser, which needs JavaScript. Turn JavaScript on and"
            + " try again, or choose \"Open it in my email app\": it works without JavaScript.")
    String proof_of_work_failed();

    @Message("To have it sent for you, this page needs JavaScript. \"Open it in my email app\" works without it.")
    String proof_of_work_noscript();

    /** The browser check's own words (the ALTCHA widget), while it works in the background. */
    @Message("Quick browser check before sending")
    String pow_label();

    @Message("Checking your browser…")
    String pow_verifying();

    @Message("Browser checked")
    String pow_verified();

    @Message("The browser check failed. Try again, or open the letter in your email app.")
    String pow_error();

    @Message("The browser check expired. Try again.")
    String pow_expired();

    @Message("Checking your browser… please wait.")
    String pow_wait();

    @Message("Loading…")
    String pow_loading();

    @Message("Check")
    String pow_verify();
}
