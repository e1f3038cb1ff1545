package org.aldermail.campaign;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.aldermail.web.FieldViolation;
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
    public Response unknownCampaign(UnknownCampaignException e, HttpHeaders headers) {
        return Problems.response(
                ProblemType.UNKNOWN_CAMPAIGN,
                headers,
                Problems.messages(headers).detail_unknown_campaign(Truncate.forMessage(e.slug())));
    }

    @ServerExceptionMapper
    public Response unknownLanguage(UnknownLanguageException e, HttpHeaders headers) {
        return Problems.response(
                ProblemType.UNKNOWN_LANGUAGE,
                headers,
                Problems.messages(headers)
                        .detail_unknown_language(Truncate.forMessage(e.code()), String.join(", ", Language.codes())),
                Map.of("languages", Language.codes()));
    }

    @ServerExceptionMapper
    public Response unknownWard(UnknownWardException e, HttpHeaders headers) {
        return Problems.response(
                ProblemType.UNKNOWN_WARD,
                headers,
                Problems.messages(headers).detail_unknown_ward(String.valueOf(e.ward())));
    }

    /** A letter field of the preview's query: named as the parameter it came in. */
    @ServerExceptionMapper
    public Response invalidField(InvalidLetterFieldException e, HttpHeaders headers) {
        FieldViolation violation =
                new FieldViolation(e.field(), e.rule(), true, null, (long) e.max(), java.util.List.of());
        return Problems.response(
                ProblemType.INVALID_PARAMETER,
                headers,
                violation.detail(Problems.messages(headers)),
                Map.of("parameter", e.field()));
    }

    @ServerExceptionMapper
    public Response letterTooLong(LetterTooLong e, HttpHeaders headers) {
        return Problems.response(
                ProblemType.LETTER_TOO_LONG,
                headers,
                Problems.messages(headers).detail_letter_too_long(e.field(), e.max()),
                Map.of("field", e.field()));
    }

    @ServerExceptionMapper
    public Response closed(CampaignClosedException e, HttpHeaders headers) {
        return Problems.response(
                ProblemType.CAMPAIGN_CLOSED,
                headers,
                Problems.messages(headers).detail_campaign_closed(Truncate.forMessage(e.slug())));
    }
}
