package org.aldermail.campaign;

import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.aldermail.web.Language;
import org.aldermail.web.ProblemType;
import org.aldermail.web.Problems;
import org.aldermail.web.Truncate;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns the campaign feature's exceptions into application/problem+json, for every resource that lets them through
 * (this feature's, and delivery's when it renders letters).
 */
public class CampaignProblemMapper {

    @ServerExceptionMapper
    public Response unknownCampaign(UnknownCampaignException e) {
        return Problems.of(
                        ProblemType.UNKNOWN_CAMPAIGN,
                        "There is no campaign '" + Truncate.forMessage(e.slug())
                                + "'; GET /api/v1/campaigns lists them.")
                .toResponse();
    }

    @ServerExceptionMapper
    public Response unknownLanguage(UnknownLanguageException e) {
        return Problems.of(
                        ProblemType.UNKNOWN_LANGUAGE,
                        "Letters are written in " + String.join(" or ", Language.codes()) + ", not '"
                                + Truncate.forMessage(e.code()) + "'.",
                        Map.of("languages", Language.codes()))
                .toResponse();
    }

    @ServerExceptionMapper
    public Response unknownWard(UnknownWardException e) {
        return Problems.of(
                        ProblemType.UNKNOWN_WARD,
                        "There is no ward " + e.ward() + "; Chicago's wards are numbered 1 to 50.")
                .toResponse();
    }

    @ServerExceptionMapper
    public Response invalidField(InvalidLetterFieldException e) {
        return Problems.invalidParameter(e.field(), e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response closed(CampaignClosedException e) {
        return Problems.of(
                        ProblemType.CAMPAIGN_CLOSED,
                        "The campaign '" + e.slug() + "' is closed and takes no more letters.")
                .toResponse();
    }
}
