package org.aldermail.web;

import java.net.URI;
import java.util.function.Function;

/**
 * Every kind of API error, each with a stable {@code type} URI ({@code /problems/<slug>}, served by
 * {@link ProblemTypeResource}) so clients can branch on it without parsing messages. Titles and descriptions are in
 * {@link ProblemMessages}, in every language.
 */
public enum ProblemType {
    INVALID_PARAMETER(
            400, "invalid-parameter", ProblemMessages::invalid_parameter, ProblemMessages::invalid_parameter_about),
    INVALID_FIELD(400, "invalid-field", ProblemMessages::invalid_field, ProblemMessages::invalid_field_about),
    UNKNOWN_WARD(404, "unknown-ward", ProblemMessages::unknown_ward, ProblemMessages::unknown_ward_about),
    WARD_MISMATCH(422, "ward-mismatch", ProblemMessages::ward_mismatch, ProblemMessages::ward_mismatch_about),
    WARD_AMBIGUOUS(422, "ward-ambiguous", ProblemMessages::ward_ambiguous, ProblemMessages::ward_ambiguous_about),
    IDEMPOTENCY_KEY_REUSED(
            422,
            "idempotency-key-reused",
            ProblemMessages::idempotency_key_reused,
            ProblemMessages::idempotency_key_reused_about),
    UNKNOWN_LETTER(404, "unknown-letter", ProblemMessages::unknown_letter, ProblemMessages::unknown_letter_about),
    UNKNOWN_CONFIRMATION(
            404,
            "unknown-confirmation",
            ProblemMessages::unknown_confirmation,
            ProblemMessages::unknown_confirmation_about),
    CONFIRMATION_EXPIRED(
            410,
            "confirmation-expired",
            ProblemMessages::confirmation_expired,
            ProblemMessages::confirmation_expired_about),
    NOT_A_LINK_LETTER(
            409, "not-a-link-letter", ProblemMessages::not_a_link_letter, ProblemMessages::not_a_link_letter_about),
    OUTSIDE_CITY(404, "outside-city", ProblemMessages::outside_city, ProblemMessages::outside_city_about),
    UNKNOWN_CAMPAIGN(
            404, "unknown-campaign", ProblemMessages::unknown_campaign, ProblemMessages::unknown_campaign_about),
    UNKNOWN_LANGUAGE(
            404, "unknown-language", ProblemMessages::unknown_language, ProblemMessages::unknown_language_about),
    CAMPAIGN_CLOSED(409, "campaign-closed", ProblemMessages::campaign_closed, ProblemMessages::campaign_closed_about),
    ADDRESS_UNPARSEABLE(
            422,
            "address-unparseable",
            ProblemMessages::address_unparseable,
            ProblemMessages::address_unparseable_about),
    STREET_NOT_FOUND(
            422, "street-not-found", ProblemMessages::street_not_found, ProblemMessages::street_not_found_about),
    NUMBER_OUT_OF_RANGE(
            422,
            "number-out-of-range",
            ProblemMessages::number_out_of_range,
            ProblemMessages::number_out_of_range_about),
    DIRECTION_NEEDED(
            422, "direction-needed", ProblemMessages::direction_needed, ProblemMessages::direction_needed_about),
    ADDRESS_NOT_LOCATABLE(
            422,
            "address-not-locatable",
            ProblemMessages::address_not_locatable,
            ProblemMessages::address_not_locatable_about),
    LETTER_TOO_LONG(413, "letter-too-long", ProblemMessages::letter_too_long, ProblemMessages::letter_too_long_about),
    RATE_LIMITED(429, "rate-limited", ProblemMessages::rate_limited, ProblemMessages::rate_limited_about),
    ADDRESS_LOOKUP_UNAVAILABLE(
            503,
            "address-lookup-unavailable",
            ProblemMessages::address_lookup_unavailable,
            ProblemMessages::address_lookup_unavailable_about),
    PROOF_OF_WORK_REQUIRED(
            400,
            "proof-of-work-required",
            ProblemMessages::proof_of_work_required,
            ProblemMessages::proof_of_work_required_about);

    private final int status;
    private final String slug;
    private final Function<ProblemMessages, String> title;
    private final Function<ProblemMessages, String> description;

    ProblemType(
            int status,
            String slug,
            Function<ProblemMessages, String> title,
            Function<ProblemMessages, String> description) {
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

    public String title(ProblemMessages messages) {
        return title.apply(messages);
    }

    public String description(ProblemMessages messages) {
        return description.apply(messages);
    }

    public URI uri() {
        return URI.create("/problems/" + slug);
    }
}
