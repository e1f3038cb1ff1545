package org.aldermail.campaign;

/**
 * A letter for a campaign that takes no more letters: closed, or past its closing time (409
 * {@code campaign-closed}).
 */
public class CampaignClosedException extends RuntimeException {

    private final String slug;

    public CampaignClosedException(String slug) {
        super("Campaign '" + slug + "' is closed and takes no more letters");
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
