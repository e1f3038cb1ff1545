package org.aldermail.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.aldermail.campaign.CampaignService;
import org.aldermail.campaign.UnknownCampaignException;
import org.aldermail.delivery.DeliveryHealth;
import org.aldermail.ward.WardService;
import org.aldermail.ward.WardView;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The dashboard's delivery forms: send a failed letter again, and send a test message through the outbox to an
 * alder's office or to the organizer. Each answers with a redirect back to the dashboard (post, redirect, get).
 */
@Path("/admin/c/{slug}")
@RolesAllowed(Organizer.ROLE)
public class DeliveryActionsResource {

    private final CampaignService campaigns;
    private final DeliveryHealth delivery;
    private final WardService wards;
    private final Organizers organizers;
    private final AdminFrames frames;

    public DeliveryActionsResource(
            CampaignService campaigns,
            DeliveryHealth delivery,
            WardService wards,
            Organizers organizers,
            AdminFrames frames) {
        this.campaigns = campaigns;
        this.delivery = delivery;
        this.wards = wards;
        this.organizers = organizers;
        this.frames = frames;
    }

    @POST
    @Path("letters/{id}/retry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retry(
            @PathParam("slug") String slug, @PathParam("id") String id, @RestForm String csrf, @RestForm String lang) {
        frames.requireToken(csrf);
        requireCampaign(slug);
        boolean queued = delivery.retry(slug, id);
        return back(slug, queued ? Notices.RETRIED : Notices.NOT_RETRIED, lang, "delivery");
    }

    @POST
    @Path("test-message")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response testMessage(
            @PathParam("slug") String slug, @RestForm String to, @RestForm String csrf, @RestForm String lang) {
        frames.requireToken(csrf);
        requireCampaign(slug);
        Optional<String> recipient = recipient(to);
        if (recipient.isEmpty()) {
            return back(slug, null, lang, "test-message");
        }
        delivery.queueTestMessage(slug, recipient.get());
        return back(slug, Notices.TEST_QUEUED, lang, "test-message");
    }

    /** "me" is the organizer's own address; a ward number is that alder's office. Anything else, nobody. */
    private Optional<String> recipient(String to) {
        if (Dashboards.TO_ME.equals(to)) {
            return organizers.find(frames.organizer()).map(OrganizerView::email);
        }
        try {
            return wards.ward(Integer.parseInt(to == null ? "" : to))
                    .map(WardView::alder)
                    .map(WardView.AlderView::email);
        } catch (NumberFormatException notAWard) {
            return Optional.empty();
        }
    }

    private void requireCampaign(String slug) {
        campaigns.campaign(slug).orElseThrow(() -> new UnknownCampaignException(slug));
    }

    static Response back(String slug, String notice, String lang, String fragment) {
        String language = lang != null && lang.matches("[a-z]{2}") ? lang : "en";
        String query = "?lang=" + language + (notice == null ? "" : "&notice=" + notice);
        return Response.seeOther(URI.create("/admin/c/" + slug + query + "#" + fragment))
                .build();
    }
}
