package org.aldermail.geocode;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.aldermail.web.ProblemMessages;
import org.aldermail.web.ProblemType;
import org.aldermail.web.Problems;
import org.aldermail.web.RequestLanguage;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * An address that gives no ward, as an API problem. Text that is no address at all is a bad {@code address} field
 * of a request body; the query resources name their parameter themselves.
 */
public class GeocodeProblemMappers {

    @ServerExceptionMapper
    public Response unresolved(GeocodeException e, HttpHeaders headers) {
        AddressFailure failure = e.failure();
        ProblemType type = AddressWords.type(failure);
        Map<String, Object> extensions = AddressWords.extensions(failure);
        if (type == ProblemType.INVALID_FIELD) {
            extensions.put("field", "address");
        }
        return Problems.response(type, headers, AddressWords.detail(failure, Problems.messages(headers)), extensions);
    }

    @ServerExceptionMapper
    public Response ambiguous(WardAmbiguous e, HttpHeaders headers) {
        ProblemMessages m = Problems.messages(headers);
        AddressLookup address = e.address();
        return Problems.response(
                ProblemType.WARD_AMBIGUOUS,
                headers,
                m.detail_ward_ambiguous(address.address().normalized(), Problems.wards(m, address.possibleWards())),
                Map.of("candidates", AddressLookup.wordedCandidates(address.candidates(), words(headers))));
    }

    @ServerExceptionMapper
    public Response mismatch(WardMismatch e, HttpHeaders headers) {
        ProblemMessages m = Problems.messages(headers);
        String wards = Problems.wards(m, e.possibleWards());
        if (e.locationAndAddressDisagree()) {
            return Problems.response(
                    ProblemType.WARD_MISMATCH,
                    headers,
                    m.detail_point_and_address_disagree(
                            e.locationWard(), e.address().address().normalized(), wards),
                    Map.of("ward", e.locationWard()));
        }
        String place = e.address() == null
                ? m.detail_that_location()
                : e.address().address().normalized();
        Object extension = e.address() != null && e.address().ambiguous()
                ? AddressLookup.wordedCandidates(e.address().candidates(), words(headers))
                : e.possibleWards().get(0);
        return Problems.response(
                ProblemType.WARD_MISMATCH,
                headers,
                m.detail_ward_mismatch(place, wards, e.chosen()),
                Map.of(e.address() != null && e.address().ambiguous() ? "candidates" : "ward", extension));
    }

    private static java.util.function.Function<CandidateReason, String> words(HttpHeaders headers) {
        return CandidateWords.in(RequestLanguage.of(null, headers));
    }
}
