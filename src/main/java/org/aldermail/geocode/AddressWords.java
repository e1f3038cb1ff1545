package org.aldermail.geocode;

import java.util.LinkedHashMap;
import java.util.Map;
import org.aldermail.web.ProblemMessages;
import org.aldermail.web.ProblemType;
import org.aldermail.web.Problems;

/** An address failure as the API says it: its problem type, detail in the reader's language, and extra fields. */
final class AddressWords {

    private AddressWords() {}

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
