package org.aldermail.campaign;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.aldermail.web.ApiProblems;
import org.aldermail.web.Language;
import org.aldermail.web.ProblemException;
import org.aldermail.web.Truncate;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

@Path("/api/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignResource {

    private final CampaignService campaigns;
    private final LetterService letters;

    public CampaignResource(CampaignService campaigns, LetterService letters) {
        this.campaigns = campaigns;
        this.letters = letters;
    }

    @GET
    public List<CampaignSummary> all() {
        return campaigns.summaries();
    }

    @GET
    @Path("{slug}")
    @Extension(name = ApiProblems.EXTENSION, value = "unknown-campaign")
    public CampaignDetail one(@PathParam("slug") String slug) {
        return campaigns.detail(slug).orElseThrow(() -> new UnknownCampaignException(slug));
    }

    /**
     * The letter one resident would send: {@code ?ward=15&name=…&address=…[&lang=es][&personalNote=…][&seed=…]}.
     * {@code lang} defaults to {@code en}; {@code seed} chooses the subject line (by default the same for the same
     * ward, name and address).
     */
    @GET
    @Path("{slug}/letter")
    @Extension(name = ApiProblems.EXTENSION, value = "unknown-campaign unknown-ward unknown-language invalid-parameter")
    public LetterPreview letter(
            @PathParam("slug") String slug,
            @QueryParam("ward") String ward,
            @QueryParam("name") String name,
            @QueryParam("address") String address,
            @QueryParam("lang") String lang,
            @QueryParam("personalNote") String personalNote,
            @QueryParam("seed") String seed) {
        Campaign campaign = campaigns.campaign(slug).orElseThrow(() -> new UnknownCampaignException(slug));
        LetterRequest request = LetterRequest.of(slug, ward(ward), name, address, language(lang))
                .withPersonalNote(personalNote)
                .withSeed(seed);
        return LetterPreview.of(letters.render(request), campaigns.acceptsLetters(campaign));
    }

    private static int ward(String ward) {
        if (ward == null || ward.isBlank()) {
            throw ProblemException.invalidParameter("ward", m -> m.detail_required("ward"));
        }
        try {
            return Integer.parseInt(ward.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter(
                    "ward", m -> m.detail_not_a_number("ward", Truncate.forMessage(ward)));
        }
    }

    private static Language language(String lang) {
        if (lang == null || lang.isEmpty()) {
            return Language.EN;
        }
        return Language.fromCode(lang).orElseThrow(() -> new UnknownLanguageException(lang));
    }
}
