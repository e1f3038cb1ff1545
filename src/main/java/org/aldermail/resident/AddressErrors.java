package org.aldermail.resident;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aldermail.web.ProblemType;

/**
 * Why an address found no ward, in the resident's words, with what they can click instead: the geocoder's suggested
 * streets (with their house number) and the directions a street runs in.
 */
final class AddressErrors {

    static final String FIELD = "address";
    private static final Pattern HOUSE_NUMBER = Pattern.compile("^\\s*(\\d{1,6})");

    private AddressErrors() {}

    /**
     * @param type    the problem type of the lookup ({@link org.aldermail.geocode.GeocodeProblems} names them)
     * @param details the problem's extra fields: {@code suggestions}, {@code choices}, {@code ranges}
     */
    static FieldError of(ProblemType type, Map<String, ?> details, String typed, ResidentMessages ui) {
        return switch (type) {
            case ADDRESS_UNPARSEABLE -> FieldError.of(FIELD, ui.address_unparseable());
            case STREET_NOT_FOUND -> {
                Optional<String> number = houseNumber(typed);
                List<String> options = strings(details.get("suggestions")).stream()
                        .map(street -> number.map(n -> n + " " + street).orElse(street))
                        .toList();
                yield new FieldError(
                        FIELD,
                        options.isEmpty() ? ui.address_street_not_found() : ui.address_street_suggestions(),
                        options,
                        List.of());
            }
            case NUMBER_OUT_OF_RANGE ->
                new FieldError(
                        FIELD,
                        ui.address_number_out_of_range(houseNumber(typed).orElse("")),
                        List.of(),
                        ranges(details, ui));
            case DIRECTION_NEEDED ->
                new FieldError(FIELD, ui.address_direction_needed(), strings(details.get("choices")), List.of());
            case ADDRESS_NOT_LOCATABLE -> FieldError.of(FIELD, ui.address_not_locatable());
            case OUTSIDE_CITY -> FieldError.of(FIELD, ui.address_outside_city());
            case ADDRESS_LOOKUP_UNAVAILABLE -> FieldError.of(FIELD, ui.address_unavailable());
            default -> FieldError.of(FIELD, ui.address_unparseable());
        };
    }

    static Optional<String> houseNumber(String typed) {
        Matcher number = HOUSE_NUMBER.matcher(typed == null ? "" : typed);
        return number.find() ? Optional.of(number.group(1)) : Optional.empty();
    }

    private static List<String> ranges(Map<String, ?> details, ResidentMessages ui) {
        if (!(details.get("ranges") instanceof List<?> ranges)) {
            return List.of();
        }
        return ranges.stream()
                .filter(Map.class::isInstance)
                .map(Map.class::cast)
                .filter(r ->
                        r.get("street") != null && r.get("from") instanceof Number && r.get("to") instanceof Number)
                .map(r -> ui.range_line(
                        r.get("street").toString(),
                        ((Number) r.get("from")).intValue(),
                        ((Number) r.get("to")).intValue()))
                .toList();
    }

    private static List<String> strings(Object value) {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream()
                .filter(String.class::isInstance)
                .map(String.class::cast)
                .toList();
    }
}
