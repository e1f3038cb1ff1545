package org.aldermail.resident;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.aldermail.campaign.LetterInput;
import org.aldermail.geocode.AddressLookup;
import org.aldermail.geocode.AddressLookupService;
import org.aldermail.geocode.GeocodeException;
import org.aldermail.ward.PointLookup;
import org.aldermail.ward.WardDirectory;
import org.aldermail.ward.WardService;
import org.aldermail.web.ProblemType;

/**
 * The resident's ward, from their location or their typed address, the same way the server derives it again when the
 * letter is sent: an address where two wards meet is never guessed, the resident chooses.
 */
@ApplicationScoped
public class WardFinder {

    /** What the address or location gave. */
    public sealed interface Outcome permits Found, Ambiguous, Invalid {}

    /** @param normalized the address as the geocoder read it, or null when found from the location */
    public record Found(AlderCard alder, String normalized) implements Outcome {}

    public record Ambiguous(String normalized, List<AlderCard> candidates) implements Outcome {}

    public record Invalid(FieldError error) implements Outcome {}

    private final AddressLookupService addresses;
    private final WardService wards;
    private final WardDirectory directory;

    public WardFinder(AddressLookupService addresses, WardService wards, WardDirectory directory) {
        this.addresses = addresses;
        this.wards = wards;
        this.directory = directory;
    }

    public Outcome find(FlowState state, ResidentMessages ui) {
        return state.byLocation() ? fromLocation(state, ui) : fromAddress(state, ui);
    }

    private Outcome fromLocation(FlowState state, ResidentMessages ui) {
        double lat = Double.parseDouble(state.lat());
        double lon = Double.parseDouble(state.lon());
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            return new Invalid(FieldError.of(AddressErrors.FIELD, ui.location_invalid()));
        }
        Optional<PointLookup> found = wards.lookup(lat, lon);
        if (found.isEmpty()) {
            return new Invalid(FieldError.of(AddressErrors.FIELD, ui.location_outside_city()));
        }
        return card(found.get().ward().number())
                .<Outcome>map(card -> new Found(card, null))
                .orElseGet(() -> new Invalid(FieldError.of(AddressErrors.FIELD, ui.location_outside_city())));
    }

    private Outcome fromAddress(FlowState state, ResidentMessages ui) {
        String address = state.address();
        if (address == null || address.isBlank()) {
            return new Invalid(FieldError.of(AddressErrors.FIELD, ui.address_required()));
        }
        if (address.strip().codePointCount(0, address.strip().length()) > LetterInput.MAX_ADDRESS) {
            return new Invalid(FieldError.of(AddressErrors.FIELD, ui.address_too_long(LetterInput.MAX_ADDRESS)));
        }
        AddressLookup lookup;
        try {
            lookup = addresses.lookup(address);
        } catch (GeocodeException e) {
            return new Invalid(
                    e.reason() == GeocodeException.Reason.INVALID_INPUT
                            ? FieldError.of(AddressErrors.FIELD, ui.address_characters())
                            : AddressErrors.of(problemType(e.reason()), e.details(), address, ui));
        }
        String normalized = lookup.address().normalized();
        if (!lookup.ambiguous()) {
            return card(lookup.ward().number())
                    .<Outcome>map(card -> new Found(card, normalized))
                    .orElseGet(() -> new Invalid(FieldError.of(AddressErrors.FIELD, ui.address_outside_city())));
        }
        List<AlderCard> candidates = lookup.candidates().stream()
                .map(AddressLookup.CandidateView::ward)
                .map(this::card)
                .flatMap(Optional::stream)
                .toList();
        Integer chosen = state.ward();
        return candidates.stream()
                .filter(c -> chosen != null && c.ward() == chosen)
                .findFirst()
                .<Outcome>map(card -> new Found(card, normalized))
                .orElseGet(() -> new Ambiguous(normalized, candidates));
    }

    private Optional<AlderCard> card(int ward) {
        return directory.alder(ward).map(AlderCard::of);
    }

    static ProblemType problemType(GeocodeException.Reason reason) {
        return switch (reason) {
            case INVALID_INPUT, UNPARSEABLE -> ProblemType.ADDRESS_UNPARSEABLE;
            case STREET_NOT_FOUND -> ProblemType.STREET_NOT_FOUND;
            case NUMBER_OUT_OF_RANGE -> ProblemType.NUMBER_OUT_OF_RANGE;
            case DIRECTION_NEEDED -> ProblemType.DIRECTION_NEEDED;
            case NOT_LOCATABLE -> ProblemType.ADDRESS_NOT_LOCATABLE;
            case OUTSIDE_CITY -> ProblemType.OUTSIDE_CITY;
            case UNAVAILABLE -> ProblemType.ADDRESS_LOOKUP_UNAVAILABLE;
        };
    }
}
