package org.aldermail.geocode;

import java.util.List;

/**
 * A ward the resident's address or location cannot be in: a choice that is not a candidate, or a location in
 * another ward than the address that signs the letter.
 *
 * @param locationWard the location's ward, when a location was given
 * @param address      the address as read, when it was
 * @param chosen       the ward sent, when the mismatch is with it
 */
public class WardMismatch extends RuntimeException {

    private final Integer locationWard;
    private final transient AddressLookup address;
    private final Integer chosen;

    private WardMismatch(Integer locationWard, AddressLookup address, Integer chosen) {
        super("ward mismatch", null, false, false);
        this.locationWard = locationWard;
        this.address = address;
        this.chosen = chosen;
    }

    static WardMismatch ofAddress(AddressLookup address, int chosen) {
        return new WardMismatch(null, address, chosen);
    }

    static WardMismatch ofPoint(int locationWard, int chosen) {
        return new WardMismatch(locationWard, null, chosen);
    }

    static WardMismatch ofPointAndAddress(int locationWard, AddressLookup address) {
        return new WardMismatch(locationWard, address, null);
    }

    public Integer locationWard() {
        return locationWard;
    }

    public AddressLookup address() {
        return address;
    }

    public Integer chosen() {
        return chosen;
    }

    /** The wards the address or location can be in. */
    public List<Integer> possibleWards() {
        return address != null ? address.possibleWards() : List.of(locationWard);
    }

    /** True when the location and the signed address disagree (no choice was involved). */
    public boolean locationAndAddressDisagree() {
        return locationWard != null && address != null;
    }
}
