package org.aldermail.resident;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.aldermail.geocode.AddressLookup;
import org.aldermail.geocode.GeocodeException;
import org.aldermail.geocode.WardDecision;
import org.aldermail.geocode.WardMismatch;
import org.aldermail.geocode.WardResolver;
import org.aldermail.ward.Coordinates;
import org.aldermail.ward.PointOutsideCity;
import org.aldermail.ward.WardDirectory;

/**
 * The resident's ward for the pages, from their location or their typed address, found once per request by the same
 * {@link WardResolver} the API uses: an address where two wards meet is never guessed, the resident chooses.
 */
@ApplicationScoped
public class WardFinder {

    /** What the address or location gave. */
    public sealed interface Outcome permits Found, Ambiguous, Invalid, SignedElsewhere {}

    /** @param normalized the address as the geocoder read it, or null when found from the location */
    public record Found(AlderCard alder, String normalized) implements Outcome {}

    /**
     * @param sides per candidate, the side of one crossing street that means it ("west of N Noble St"), or an empty
     *     list when no single crossing separates the candidates
     */
    public record Ambiguous(String normalized, List<AlderCard> candidates, List<WardDecision.Side> sides)
            implements Outcome {}

    public record Invalid(FieldError error) implements Outcome {}

    /** By location: the address that signs the letter is in another ward than the {@code location}. */
    public record SignedElsewhere(Found location) implements Outcome {}

    private final WardResolver resolver;
    private final WardDirectory directory;

    public WardFinder(WardResolver resolver, WardDirectory directory) {
        this.resolver = resolver;
        this.directory = directory;
    }

    /**
     * @param checkSignedAddress by location, whether the address typed on the letter page must be in the location's
     *     ward (when sending; before, the address is not typed yet)
     */
    public Outcome find(FlowState state, boolean checkSignedAddress, ResidentMessages ui) {
        Optional<Coordinates> point = point(state);
        if (state.byLocation() && point.isEmpty()) {
            return new Invalid(FieldError.of(AddressErrors.FIELD, ui.location_invalid()));
        }
        if (point.isEmpty() && (state.address() == null || state.address().isBlank())) {
            return new Invalid(FieldError.of(AddressErrors.FIELD, ui.address_required()));
        }
        WardResolver.Resolution resolution;
        try {
            resolution = resolver.resolve(
                    point.isPresent() && !checkSignedAddress ? null : state.address(),
                    point.orElse(null),
                    state.ward());
        } catch (GeocodeException e) {
            return new Invalid(AddressErrors.of(e.failure(), state.address(), ui));
        } catch (PointOutsideCity e) {
            return new Invalid(FieldError.of(AddressErrors.FIELD, ui.location_outside_city()));
        } catch (WardMismatch e) {
            return card(e.locationWard())
                    .<Outcome>map(card -> new SignedElsewhere(new Found(card, null)))
                    .orElseGet(() -> new Invalid(FieldError.of(AddressErrors.FIELD, ui.location_outside_city())));
        }
        if (resolution instanceof WardResolver.Ambiguous ambiguous) {
            AddressLookup address = ambiguous.address();
            return new Ambiguous(
                    address.address().normalized(),
                    address.candidates().stream()
                            .map(AddressLookup.CandidateView::ward)
                            .map(this::card)
                            .flatMap(Optional::stream)
                            .toList(),
                    address.asksAQuestion()
                            ? address.candidates().stream()
                                    .map(AddressLookup.CandidateView::side)
                                    .toList()
                            : List.of());
        }
        WardResolver.Resolved resolved = (WardResolver.Resolved) resolution;
        String normalized = point.isPresent()
                ? null
                : resolved.address().map(a -> a.address().normalized()).orElse(null);
        return card(resolved.ward())
                .<Outcome>map(card -> new Found(card, normalized))
                .orElseGet(() -> new Invalid(FieldError.of(AddressErrors.FIELD, ui.address_outside_city())));
    }

    private static Optional<Coordinates> point(FlowState state) {
        if (!state.byLocation()) {
            return Optional.empty();
        }
        double lat = Double.parseDouble(state.lat());
        double lon = Double.parseDouble(state.lon());
        return Coordinates.isLatitude(lat) && Coordinates.isLongitude(lon)
                ? Optional.of(new Coordinates(lat, lon))
                : Optional.empty();
    }

    private Optional<AlderCard> card(int ward) {
        return directory.alder(ward).map(AlderCard::of);
    }
}
