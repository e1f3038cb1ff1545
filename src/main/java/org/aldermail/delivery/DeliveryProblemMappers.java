package org.aldermail.delivery;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.aldermail.web.ProblemMessages;
import org.aldermail.web.ProblemType;
import org.aldermail.web.Problems;
import org.aldermail.web.Truncate;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The delivery feature's domain errors as API problems. */
public class DeliveryProblemMappers {

    @ServerExceptionMapper
    public Response unknownLetter(UnknownLetter e, HttpHeaders headers) {
        return Problems.response(
                ProblemType.UNKNOWN_LETTER,
                headers,
                Problems.messages(headers).detail_unknown_letter(Truncate.forMessage(String.valueOf(e.id()))));
    }

    @ServerExceptionMapper
    public Response unknownConfirmation(UnknownConfirmation e, HttpHeaders headers) {
        ProblemMessages m = Problems.messages(headers);
        return Problems.response(ProblemType.UNKNOWN_CONFIRMATION, headers, m.unknown_confirmation_about());
    }

    @ServerExceptionMapper
    public Response notALinkLetter(NotALinkLetter e, HttpHeaders headers) {
        return Problems.response(
                ProblemType.NOT_A_LINK_LETTER,
                headers,
                Problems.messages(headers).detail_not_a_link_letter(e.id()));
    }

    @ServerExceptionMapper
    public Response idempotencyKeyReused(IdempotencyKeyReused e, HttpHeaders headers) {
        return Problems.response(
                ProblemType.IDEMPOTENCY_KEY_REUSED,
                headers,
                Problems.messages(headers).detail_idempotency_key_reused());
    }
}
