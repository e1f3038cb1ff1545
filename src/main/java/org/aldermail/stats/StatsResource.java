package org.aldermail.stats;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.aldermail.campaign.CampaignService;
import org.aldermail.campaign.UnknownCampaignException;
import org.aldermail.web.ApiProblems;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

@Path("/api/v1/campaigns/{slug}/stats")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    private final StatsService stats;
    private final CampaignService campaigns;

    public StatsResource(StatsService stats, CampaignService campaigns) {
        this.stats = stats;
        this.campaigns = campaigns;
    }

    @GET
    @Extension(name = ApiProblems.EXTENSION, value = "unknown-campaign")
    public CampaignStats stats(@PathParam("slug") String slug) {
        campaigns.campaign(slug).orElseThrow(() -> new UnknownCampaignException(slug));
        return stats.forCampaign(slug);
    }
}
