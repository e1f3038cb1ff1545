package org.aldermail.geocode;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
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
        ProblemType type = type(failure);
        Map<String, Object> extensions = extensions(failure);
        if (type == ProblemType.INVALID_FIELD) {
            extensions.put("field", "address");
        }
        return Problems.response(type, headers, detail(failure, Problems.messages(headers)), extensions);
    }

    @ServerExceptionMapper
    public Response ambiguous(WardAmbiguous e, HttpHeaders headers) {
        ProblemMessages m = Problems.messages(headers);
        AddressLookup address = e.address();
        return Problems.response(
                ProblemType.WARD_AMBIGUOUS,
                headers,
                m.detail_ward_ambiguous(address.address().normalized(), Problems.wards(m, address.possibleWards())),
                Map.of(
                        "candidates",
                        AddressLookup.wordedCandidates(address.candidates(), words(headers), questions(headers))));
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
                ? AddressLookup.wordedCandidates(e.address().candidates(), words(headers), questions(headers))
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

    private static java.util.function.Function<WardDecision.Side, String[]> questions(HttpHeaders headers) {
        return CandidateWords.questionIn(RequestLanguage.of(null, headers));
    }

    // ---- an address failure in the API's words ----

    static ProblemType type(AddressFailure failure) {
        return switch (failure.reason()) {
            case INVALID_INPUT -> ProblemType.INVALID_FIELD;
            case UNPARSEABLE -> ProblemType.ADDRESS_UNPARSEABLE;
            case STREET_NOT_FOUND -> ProblemType.STREET_NOT_FOUND;
            case NUMBER_OUT_OF_RANGE -> ProblemType.NUMBER_OUT_OF_RANGE;
            case DIRECTION_NEEDED -> ProblemType.DIRECTION_NEEDED;
            case NOT_LOCATABLE -> ProblemType.ADDRESS_NOT_LOCATABLE;
            case OUTSIDE_CITY -> ProblemType.OUTSIDE_CITY;
            case UNAVAILABLE -> ProblemType.ADDRESS_LOOKUP_UNAVAILABLE;
        };
    }

    static String detail(AddressFailure failure, ProblemMessages m) {
        if (failure instanceof AddressFailure.InvalidText invalid) {
            return switch (invalid.problem()) {
                case EMPTY -> m.detail_address_empty();
                case TOO_LONG -> m.detail_address_too_long(invalid.maxLength());
                case CONTROL_CHARACTER -> m.detail_address_control_character();
            };
        }
        if (failure instanceof AddressFailure.Unparseable unparseable) {
            return switch (unparseable.hint()) {
                case NOT_AN_ADDRESS -> m.detail_address_not_an_address();
                case NUMBER_FIRST -> m.detail_address_number_first();
                case STREET_MISSING -> m.detail_address_street_missing();
            };
        }
        if (failure instanceof AddressFailure.StreetNotFound notFound) {
            return m.detail_street_not_found(notFound.street(), Problems.list(m, notFound.suggestions()));
        }
        if (failure instanceof AddressFailure.NumberOutOfRange outOfRange) {
            String ranges = String.join(
                    m.range_separator() + " ",
                    outOfRange.ranges().stream()
                            .map(r -> m.detail_number_range(r.street(), r.from(), r.to()))
                            .toList());
            return m.detail_number_out_of_range(
                    outOfRange.number(), outOfRange.street(), ranges, Problems.list(m, outOfRange.suggestions()));
        }
        if (failure instanceof AddressFailure.DirectionNeeded needed) {
            return m.detail_direction_needed(Problems.list(m, needed.choices()));
        }
        if (failure instanceof AddressFailure.NotLocatable notLocatable) {
            return notLocatable.streetOnMap()
                    ? m.detail_beyond_mapped_street(notLocatable.address())
                    : m.detail_street_not_on_map(notLocatable.street(), notLocatable.address());
        }
        if (failure instanceof AddressFailure.OutsideCity outside) {
            return m.detail_address_outside_city(outside.address());
        }
        return m.detail_address_lookup_unavailable();
    }

    /** The problem's extra fields: {@code suggestions}, {@code ranges}, {@code choices}. */
    static Map<String, Object> extensions(AddressFailure failure) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (failure instanceof AddressFailure.StreetNotFound notFound) {
            extensions.put("suggestions", notFound.suggestions());
        } else if (failure instanceof AddressFailure.NumberOutOfRange outOfRange) {
            extensions.put("ranges", outOfRange.ranges());
            if (!outOfRange.suggestions().isEmpty()) {
                extensions.put("suggestions", outOfRange.suggestions());
            }
        } else if (failure instanceof AddressFailure.DirectionNeeded needed) {
            extensions.put("choices", needed.choices());
        }
        return extensions;
    }
}
