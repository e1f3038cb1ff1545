package org.aldermail.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.aldermail.campaign.Campaign;
import org.aldermail.campaign.CampaignService;
import org.aldermail.campaign.UnknownCampaignException;

/**
 * The dashboard's downloads: {@code wards.csv} and {@code sources.csv} (counts only), and {@code letters.csv} with
 * the residents' personal data, each download of which is recorded and shown on the dashboard.
 */
@Path("/admin/c/{slug}")
@RolesAllowed(Organizer.ROLE)
public class ExportsResource {

    static final String CSV = "text/csv; charset=UTF-8";

    private final CampaignService campaigns;
    private final Exports exports;
    private final AdminFrames frames;

    public ExportsResource(CampaignService campaigns, Exports exports, AdminFrames frames) {
        this.campaigns = campaigns;
        this.exports = exports;
        this.frames = frames;
    }

    @GET
    @Path("wards.csv")
    public Response wards(@PathParam("slug") String slug) {
        Campaign campaign = campaign(slug);
        return csv(exports.wards(slug, campaign.goal()), slug + "-wards.csv");
    }

    @GET
    @Path("sources.csv")
    public Response sources(@PathParam("slug") String slug) {
        campaign(slug);
        return csv(exports.sources(slug), slug + "-sources.csv");
    }

    @GET
    @Path("letters.csv")
    public Response letters(@PathParam("slug") String slug) {
        campaign(slug);
        return csv(exports.letters(slug, frames.organizer()), slug + "-letters.csv");
    }

    private Campaign campaign(String slug) {
        return campaigns.campaign(slug).orElseThrow(() -> new UnknownCampaignException(slug));
    }

    private static Response csv(String body, String fileName) {
        return Response.ok(body, CSV)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
