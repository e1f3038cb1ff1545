package org.aldermail.web;

import java.net.URI;

/**
 * Every kind of API error, each with a stable {@code type} URI ({@code /problems/<slug>}, served by
 * {@link ProblemTypeResource}) so clients can branch on it without parsing messages.
 */
public enum ProblemType {
    INVALID_PARAMETER(
            400,
            "invalid-parameter",
            "Invalid parameter",
            "A query or path parameter is missing or not in the expected form; 'parameter' names it."),
    INVALID_FIELD(
            400,
            "invalid-field",
            "Invalid field",
            "A field of the request body is missing, too long, or not in the expected form; 'field' names it."),
    UNKNOWN_WARD(404, "unknown-ward", "Unknown ward", "Chicago has wards 1 to 50."),
    WARD_MISMATCH(
            422,
            "ward-mismatch",
            "Ward does not match the address",
            "The ward sent with the letter is not one the address or location can be in; 'ward' gives the right one."),
    WARD_AMBIGUOUS(
            422,
            "ward-ambiguous",
            "Address may be in two wards",
            "The address lies where wards meet, so it may be in either; 'candidates' lists them with their alders."
                    + " Send the resident's choice as 'ward'."),
    IDEMPOTENCY_KEY_REUSED(
            422,
            "idempotency-key-reused",
            "Idempotency-Key reused",
            "The Idempotency-Key was first used with a different request body."),
    UNKNOWN_LETTER(404, "unknown-letter", "Unknown letter", "No letter has this id."),
    UNKNOWN_CONFIRMATION(
            404,
            "unknown-confirmation",
            "Unknown confirmation link",
            "The confirmation link is not valid: it may be mistyped, or a newer confirmation email replaced it."),
    CONFIRMATION_EXPIRED(
            410,
            "confirmation-expired",
            "Confirmation link expired",
            "The letter was not confirmed in time and will not be sent; write it again to send it."),
    NOT_A_LINK_LETTER(
            409,
            "not-a-link-letter",
            "Not a link-mode letter",
            "Only letters handed over as mail links take 'opened' and 'self_reported' reports."),
    OUTSIDE_CITY(
            404,
            "outside-city",
            "Outside Chicago",
            "The location is not inside any ward of the City of Chicago's ward map in force."),
    UNKNOWN_CAMPAIGN(
            404,
            "unknown-campaign",
            "Unknown campaign",
            "No campaign has this slug; GET /api/v1/campaigns lists the campaigns."),
    UNKNOWN_LANGUAGE(
            404,
            "unknown-language",
            "Unknown language",
            "Campaign text and letters exist in English (en) and Spanish (es); 'languages' lists the codes."),
    CAMPAIGN_CLOSED(
            409,
            "campaign-closed",
            "Campaign closed",
            "The campaign is shown but takes no more letters: its organizers closed it or its closing time passed."),
    ADDRESS_UNPARSEABLE(
            422,
            "address-unparseable",
            "Address not understood",
            "The text is not a street address: it needs a house number and a street, such as 1234 W Fullerton Ave."),
    STREET_NOT_FOUND(
            422,
            "street-not-found",
            "Street not found",
            "No Chicago street has this name (and direction); 'suggestions' lists up to 5 similar street names."),
    NUMBER_OUT_OF_RANGE(
            422,
            "number-out-of-range",
            "No such house number",
            "The street exists but not with this house number; 'ranges' gives each matching street's lowest and highest number."),
    DIRECTION_NEEDED(
            422,
            "direction-needed",
            "Direction needed",
            "The street exists in more than one direction with this number; 'choices' lists the addresses it may be."),
    ADDRESS_NOT_LOCATABLE(
            422,
            "address-not-locatable",
            "Address cannot be placed",
            "The street is in the City's street list, but the map data has too little of it to place this number."),
    ADDRESS_LOOKUP_UNAVAILABLE(
            503,
            "address-lookup-unavailable",
            "Address lookup unavailable",
            "The street data is not loaded on this server; look up by coordinates (lat, lon) instead.");

    private final int status;
    private final String slug;
    private final String title;
    private final String description;

    ProblemType(int status, String slug, String title, String description) {
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.description = description;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public URI uri() {
        return URI.create("/problems/" + slug);
    }
}
