package org.aldermail.geocode;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.aldermail.ward.Coordinates;
import org.aldermail.ward.PointOutsideCity;
import org.aldermail.ward.WardService;

/**
 * The ward a resident's letter goes to, always derived by the server, once per request, for the API and the pages
 * alike: a letter to the wrong alder is the worst thing this product can do, so a ward chosen by the resident only
 * picks one of the candidates the address allows, and an address where two wards meet is never guessed.
 */
@ApplicationScoped
public class WardResolver {

    /** The ward, or the wards the resident must choose from. */
    public sealed interface Resolution permits Resolved, Ambiguous {}

    /** @param address the address as read, when the ward came from it (empty when from a location alone) */
    public record Resolved(int ward, Optional<AddressLookup> address) implements Resolution {}

    public record Ambiguous(AddressLookup address) implements Resolution {}

    private final WardService wards;
    private final AddressLookupService addresses;

    public WardResolver(WardService wards, AddressLookupService addresses) {
        this.wards = wards;
        this.addresses = addresses;
    }

    /**
     * The ward of a location or an address, for the resident's pages: {@code chosen} picks one of an ambiguous
     * address's candidates and is otherwise ignored (the address or location decides, and a stale choice asks again).
     * With a location, the location decides, but only among the wards the signed address (when given) can be in: the
     * letter is signed with that address, so it must not go to another ward's alder; an address our street data
     * cannot read leaves the location alone to decide.
     *
     * @param point the browser's location, or null to find the ward from the address
     * @throws GeocodeException an address that gives no ward (without a location)
     * @throws PointOutsideCity a location in no ward
     * @throws WardMismatch     the location and the signed address are in different wards
     */
    public Resolution resolve(String address, Coordinates point, Integer chosen) {
        return point == null ? fromAddress(address, chosen, false) : fromPoint(point, address, null);
    }

    /**
     * As {@link #resolve}, for the API, where nobody can be asked: an unchosen ambiguity is an error, and so is a
     * {@code chosen} ward the address or location cannot be in.
     *
     * @throws WardAmbiguous the address may be in two wards and none was chosen
     * @throws WardMismatch  {@code chosen} is not a ward the address or location can be in
     */
    public int requireWard(String address, Coordinates point, Integer chosen) {
        Resolution resolution = point == null ? fromAddress(address, chosen, true) : fromPoint(point, address, chosen);
        if (resolution instanceof Ambiguous ambiguous) {
            throw new WardAmbiguous(ambiguous.address());
        }
        return ((Resolved) resolution).ward();
    }

    private Resolution fromAddress(String address, Integer chosen, boolean strict) {
        AddressLookup found = addresses.lookup(address);
        List<Integer> possible = found.possibleWards();
        if (chosen != null && possible.contains(chosen)) {
            return new Resolved(chosen, Optional.of(found));
        }
        if (chosen != null && strict) {
            throw WardMismatch.ofAddress(found, chosen);
        }
        return found.ambiguous() ? new Ambiguous(found) : new Resolved(possible.get(0), Optional.of(found));
    }

    private Resolution fromPoint(Coordinates point, String address, Integer chosen) {
        int ward = wards.require(point).ward().number();
        if (chosen != null && chosen != ward) {
            throw WardMismatch.ofPoint(ward, chosen);
        }
        Optional<AddressLookup> signed = readable(address);
        if (signed.isPresent() && !signed.get().possibleWards().contains(ward)) {
            throw WardMismatch.ofPointAndAddress(ward, signed.get());
        }
        return new Resolved(ward, signed);
    }

    private Optional<AddressLookup> readable(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(addresses.lookup(address));
        } catch (GeocodeException unreadable) {
            return Optional.empty();
        }
    }
}
