package org.aldermail.web;

import java.net.URI;

/**
 * Every kind of API error, each with a stable {@code type} URI ({@code /problems/<slug>}, served by
 * {@link ProblemTypeResource}) so clients can branch on it without parsing messages.
 */
public enum ProblemType {
    INVALID_PARAMETER(400, "invalid-parameter", "Invalid parameter",
            "A query or path parameter is missing or not in the expected form; 'parameter' names it."),
    UNKNOWN_WARD(404, "unknown-ward", "Unknown ward", "Chicago has wards 1 to 50."),
    OUTSIDE_CITY(404, "outside-city", "Outside Chicago",
            "The location is not inside any ward of the City of Chicago's ward map in force."),
    UNKNOWN_CAMPAIGN(404, "unknown-campaign", "Unknown campaign",
            "No campaign has this slug; GET /api/v1/campaigns lists the campaigns."),
    UNKNOWN_LANGUAGE(404, "unknown-language", "Unknown language",
            "Campaign text and letters exist in English (en) and Spanish (es); 'languages' lists the codes."),
    CAMPAIGN_CLOSED(409, "campaign-closed", "Campaign closed",
            "The campaign is shown but takes no more letters: its organizers closed it or its closing time passed.");

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
