package org.aldermail.resident;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aldermail.geocode.AddressFailure;

/**
 * Why an address found no ward, in the resident's words, with what they can click instead: the geocoder's suggested
 * streets (with their house number) and the directions a street runs in.
 */
final class AddressErrors {

    static final String FIELD = "address";
    private static final Pattern HOUSE_NUMBER = Pattern.compile("^\\s*(\\d{1,6})");

    private AddressErrors() {}

    static FieldError of(AddressFailure failure, String typed, ResidentMessages ui) {
        if (failure instanceof AddressFailure.InvalidText invalid) {
            return FieldError.of(
                    FIELD,
                    switch (invalid.problem()) {
                        case EMPTY -> ui.address_required();
                        case TOO_LONG -> ui.address_too_long(invalid.maxLength());
                        case CONTROL_CHARACTER -> ui.address_characters();
                    });
        }
        if (failure instanceof AddressFailure.StreetNotFound notFound) {
            return suggestions(notFound.suggestions(), typed, ui.address_street_not_found(), ui);
        }
        if (failure instanceof AddressFailure.NumberOutOfRange outOfRange) {
            return new FieldError(
                    FIELD,
                    ui.address_number_out_of_range(houseNumber(typed).orElse("")),
                    List.of(),
                    outOfRange.ranges().stream()
                            .map(r -> ui.range_line(r.street(), r.from(), r.to()))
                            .toList());
        }
        if (failure instanceof AddressFailure.DirectionNeeded needed) {
            return new FieldError(FIELD, ui.address_direction_needed(), needed.choices(), List.of());
        }
        if (failure instanceof AddressFailure.NotLocatable) {
            return FieldError.of(FIELD, ui.address_not_locatable());
        }
        if (failure instanceof AddressFailure.OutsideCity) {
            return FieldError.of(FIELD, ui.address_outside_city());
        }
        if (failure instanceof AddressFailure.Unavailable) {
            return FieldError.of(FIELD, ui.address_unavailable());
        }
        return FieldError.of(FIELD, ui.address_unparseable());
    }

    /** Suggested streets as buttons, each with the resident's house number in front. */
    private static FieldError suggestions(List<String> streets, String typed, String none, ResidentMessages ui) {
        Optional<String> number = houseNumber(typed);
        List<String> options = streets.stream()
                .map(street -> number.map(n -> n + " " + street).orElse(street))
                .toList();
        return new FieldError(FIELD, options.isEmpty() ? none : ui.address_street_suggestions(), options, List.of());
    }

    static Optional<String> houseNumber(String typed) {
        Matcher number = HOUSE_NUMBER.matcher(typed == null ? "" : typed);
        return number.find() ? Optional.of(number.group(1)) : Optional.empty();
    }
}
