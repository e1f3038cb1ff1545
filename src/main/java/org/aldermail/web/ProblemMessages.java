package org.aldermail.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The API's error texts: each problem type's title and description ({@code <name>} and {@code <name>_about}), and
 * the details that say what exactly was wrong ({@code detail_…}). English here, Spanish in
 * {@code messages/problem_es.properties}; a request with {@code Accept-Language: es} gets Spanish.
 */
@MessageBundle(value = "problem", locale = "en")
public interface ProblemMessages {

    // ---- titles and descriptions, one pair per ProblemType ------------------------------------------------

    @Message("Invalid parameter")
    String invalid_parameter();

    @Message("A query or path parameter is missing or not in the expected form; 'parameter' names it.")
    String invalid_parameter_about();

    @Message("Invalid field")
    String invalid_field();

    @Message("A field of the request body is missing, too long, or not in the expected form; 'field' names it.")
    String invalid_field_about();

    @Message("Unknown ward")
    String unknown_ward();

    @Message("Chicago has wards 1 to 50.")
    String unknown_ward_about();

    @Message("Ward does not match the address")
    String ward_mismatch();

    @Message("The ward sent with the letter is not one the address or location can be in; 'ward' gives the right one.")
    String ward_mismatch_about();

    @Message("Address may be in two wards")
    String ward_ambiguous();

    @Message("The address lies where wards meet, so it may be in either; 'candidates' lists them with their alders."
            + " Send the resident's choice as 'ward'.")
    String ward_ambiguous_about();

    @Message("Idempotency-Key reused")
    String idempotency_key_reused();

    @Message("The Idempotency-Key was first used with a different request body.")
    String idempotency_key_reused_about();

    @Message("Unknown letter")
    String unknown_letter();

    @Message("No letter has this id.")
    String unknown_letter_about();

    @Message("Unknown confirmation link")
    String unknown_confirmation();

    @Message("The confirmation link is not valid: it may be mistyped, or a newer confirmation email replaced it.")
    String unknown_confirmation_about();

    @Message("Confirmation link expired")
    String confirmation_expired();

    @Message("The letter was not confirmed in time and will not be sent; write it again to send it.")
    String confirmation_expired_about();

    @Message("Not a link-mode letter")
    String not_a_link_letter();

    @Message("Only letters handed over as mail links take 'opened' and 'self_reported' reports.")
    String not_a_link_letter_about();

    @Message("Outside Chicago")
    String outside_city();

    @Message("The location is not inside any ward of the City of Chicago's ward map in force.")
    String outside_city_about();

    @Message("Unknown campaign")
    String unknown_campaign();

    @Message("No campaign has this slug; GET /api/v1/campaigns lists the campaigns.")
    String unknown_campaign_about();

    @Message("Unknown language")
    String unknown_language();

    @Message("Campaign text and letters exist in English (en) and Spanish (es); 'languages' lists the codes.")
    String unknown_language_about();

    @Message("Campaign closed")
    String campaign_closed();

    @Message("The campaign is shown but takes no more letters: its organizers closed it or its closing time passed.")
    String campaign_closed_about();

    @Message("Letter too long")
    String letter_too_long();

    @Message("The letter as it would be sent (the campaign's text with the resident's edits, sentence and signature) is"
            + " longer than a letter may be; 'field' names the part to shorten.")
    String letter_too_long_about();

    @Message("Too many letters")
    String rate_limited();

    @Message("Too many letters or reports came in a short time from this network, for this email address, to this"
            + " alderperson or for this campaign; the Retry-After header says in how many seconds to try again.")
    String rate_limited_about();

    @Message("Address not understood")
    String address_unparseable();

    @Message("The text is not a street address: it needs a house number and a street, such as 1234 W Fullerton Ave.")
    String address_unparseable_about();

    @Message("Street not found")
    String street_not_found();

    @Message("No Chicago street has this name (and direction); 'suggestions' lists up to 5 similar street names.")
    String street_not_found_about();

    @Message("No such house number")
    String number_out_of_range();

    @Message("The street exists but not with this house number; 'ranges' gives each matching street's lowest and"
            + " highest number.")
    String number_out_of_range_about();

    @Message("Direction needed")
    String direction_needed();

    @Message("The street exists in more than one direction with this number; 'choices' lists the addresses it may be.")
    String direction_needed_about();

    @Message("Address cannot be placed")
    String address_not_locatable();

    @Message("The street is in the City's street list, but the map data has too little of it to place this number.")
    String address_not_locatable_about();

    @Message("Address lookup unavailable")
    String address_lookup_unavailable();

    @Message("The street data is not loaded on this server; look up by coordinates (lat, lon) instead.")
    String address_lookup_unavailable_about();

    @Message("Proof of work required")
    String proof_of_work_required();

    @Message("A server-mode letter needs a solved, unused proof-of-work challenge from GET /api/v1/altcha/challenge,"
            + " in the field altcha.")
    String proof_of_work_required_about();

    /** The plain-text page at /problems/{slug}. */
    @Message("{title} (HTTP {status})\n\n{description}\n")
    String problem_page(String title, int status, String description);

    // ---- details: parameters and fields -------------------------------------------------------------------

    @Message("'{name}' is required.")
    String detail_required(String name);

    @Message("'{name}' is longer than {max} characters.")
    String detail_too_long(String name, int max);

    @Message("'{name}' must be a single line without control or invisible formatting characters.")
    String detail_one_line(String name);

    @Message("'{name}' contains a control or invisible formatting character.")
    String detail_control_character(String name);

    @Message("'{name}' must be one email address, like name@example.org.")
    String detail_email(String name);

    @Message("'{name}' must be one of: {values}.")
    String detail_one_of(String name, String values);

    @Message("'{name}' must be up to 80 letters, digits, '.', '_' or '-'.")
    String detail_source(String name);

    @Message("'{name}' must be a number from {min} to {max}.")
    String detail_range(String name, String min, String max);

    @Message("'{name}' must be a number, not '{value}'.")
    String detail_not_a_number(String name, String value);

    @Message("'lat' and 'lon' go together.")
    String detail_coordinates_pair();

    @Message("'{name}' is not valid.")
    String detail_invalid(String name);

    @Message("The request body is not valid JSON.")
    String detail_not_json();

    @Message("The request needs a JSON body with the letter's fields.")
    String detail_body_required();

    @Message("Give either 'address' or 'lat' and 'lon', not both.")
    String detail_address_or_point();

    @Message("Query parameter 'address' (or 'lat' and 'lon') is required.")
    String detail_address_or_point_required();

    @Message("The Idempotency-Key header must be 1 to {max} printable ASCII characters.")
    String detail_idempotency_key(int max);

    // ---- details: wards, campaigns, letters ---------------------------------------------------------------

    @Message("There is no ward '{ward}'; Chicago's wards are numbered 1 to 50.")
    String detail_unknown_ward(String ward);

    @Message("The point {lat}, {lon} is not inside any Chicago ward.")
    String detail_point_outside_city(String lat, String lon);

    @Message("There is no campaign '{slug}'; GET /api/v1/campaigns lists them.")
    String detail_unknown_campaign(String slug);

    @Message("Letters are written in {languages}, not '{code}'.")
    String detail_unknown_language(String code, String languages);

    @Message("The campaign '{slug}' is closed and takes no more letters.")
    String detail_campaign_closed(String slug);

    @Message("{address} may be in ward {wards}; send the resident's choice as 'ward'.")
    String detail_ward_ambiguous(String address, String wards);

    @Message("{place} is in ward {wards}, not ward {chosen}.")
    String detail_ward_mismatch(String place, String wards, int chosen);

    @Message("The location given is in ward {ward}, but {address} is in ward {wards}.")
    String detail_point_and_address_disagree(int ward, String address, String wards);

    @Message("That location")
    String detail_that_location();

    /** Joins ward numbers: "15 or ward 16" (spaces around it are added). */
    @Message("or ward")
    String detail_or_ward();

    @Message("This Idempotency-Key was already used for a different request; use a new key for a new letter.")
    String detail_idempotency_key_reused();

    @Message("Solve a new challenge from GET /api/v1/altcha/challenge and send its payload (base64) in the field"
            + " altcha.")
    String detail_proof_of_work_required();

    @Message("There is no letter with id '{id}'.")
    String detail_unknown_letter(String id);

    @Message("Letter {id} was sent by the server; its status shows whether it went out.")
    String detail_not_a_link_letter(String id);

    @Message("Too many letters in a short time; try again in {seconds} seconds.")
    String detail_rate_limited(long seconds);

    @Message("The letter would be longer than {max} characters; shorten '{field}'.")
    String detail_letter_too_long(String field, int max);

    @Message("'type' must be 'opened' or 'self_reported'.")
    String detail_event_type();

    // ---- details: addresses -------------------------------------------------------------------------------

    @Message("The address is empty.")
    String detail_address_empty();

    @Message("An address is at most {max} characters.")
    String detail_address_too_long(int max);

    @Message("The address contains a control character; type it on one line.")
    String detail_address_control_character();

    @Message("Type a street address, such as 1234 W Fullerton Ave.")
    String detail_address_not_an_address();

    @Message("An address starts with the house number, such as 1234 W Fullerton Ave.")
    String detail_address_number_first();

    @Message("After the house number, type the street, such as 1234 W Fullerton Ave.")
    String detail_address_street_missing();

    @Message("No Chicago street is named '{street}'{#if suggestions}; did you mean {suggestions}?{#else}.{/if}")
    String detail_street_not_found(String street, String suggestions);

    @Message("There is no {number} on {street}: {ranges}.{#if suggestions} Did you mean {suggestions}?{/if}")
    String detail_number_out_of_range(int number, String street, String ranges, String suggestions);

    @Message("{street} runs from {from} to {to}")
    String detail_number_range(String street, int from, int to);

    @Message("Both {choices} exist; add the direction.")
    String detail_direction_needed(String choices);

    @Message("{street} is in the City's street list but not on its intersection map, so we cannot place {address}.")
    String detail_street_not_on_map(String street, String address);

    @Message("We cannot place {address}: it lies beyond the part of the street on our map.")
    String detail_beyond_mapped_street(String address);

    @Message("{address} is not inside any Chicago ward (it may be in a town the city surrounds, or past the city"
            + " limit).")
    String detail_address_outside_city(String address);

    @Message("Address lookup is not available on this server; look up by coordinates (lat, lon) instead.")
    String detail_address_lookup_unavailable();

    /** Joins list items (a space is added after it). */
    @Message(",")
    String list_separator();

    /** Joins the last two items of a list (spaces around it are added). */
    @Message("and")
    String list_and();

    /** Joins number ranges (a space is added after it). */
    @Message(";")
    String range_separator();
}
