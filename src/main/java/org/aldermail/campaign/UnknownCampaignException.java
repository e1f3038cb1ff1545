package org.aldermail.campaign;

/** No campaign has this slug (404 {@code unknown-campaign}). */
public class UnknownCampaignException extends RuntimeException {

    private final String slug;

    public UnknownCampaignException(String slug) {
        super("No campaign '" + slug + "'");
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
