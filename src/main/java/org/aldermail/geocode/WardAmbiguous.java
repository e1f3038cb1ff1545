package org.aldermail.geocode;

/** An address where two wards meet, sent without the resident's choice between them. */
public class WardAmbiguous extends RuntimeException {

    private final transient AddressLookup address;

    public WardAmbiguous(AddressLookup address) {
        super(address.address().normalized(), null, false, false);
        this.address = address;
    }

    public AddressLookup address() {
        return address;
    }
}
