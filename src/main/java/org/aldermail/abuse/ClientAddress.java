package org.aldermail.abuse;

/**
 * Who made a request, as far as the network tells: the connecting address, or the address a trusted proxy names.
 * IPv6 clients are one {@code /64} network (one household or phone is given a whole {@code /64}). Kept only as keyed
 * hashes.
 *
 * @param value a canonical IP address, a {@code /64} prefix, or {@code unknown}
 */
public record ClientAddress(String value) {

    public static final ClientAddress UNKNOWN = new ClientAddress("unknown");
}
