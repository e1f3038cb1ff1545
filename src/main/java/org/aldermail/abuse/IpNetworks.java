package org.aldermail.abuse;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** IP address literals and CIDR ranges, parsed without ever asking DNS. */
final class IpNetworks {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    /** A network: an address and how many leading bits of it count. */
    record Network(byte[] address, int prefixBits) {

        boolean contains(InetAddress candidate) {
            byte[] bytes = candidate.getAddress();
            if (bytes.length != address.length) {
                return false;
            }
            int whole = prefixBits / 8;
            for (int i = 0; i < whole; i++) {
                if (bytes[i] != address[i]) {
                    return false;
                }
            }
            int rest = prefixBits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (bytes[whole] & mask) == (address[whole] & mask);
        }
    }

    private IpNetworks() {}

    /**
     * An address literal, as a proxy header or the socket writes it: IPv4, IPv6 (with or without brackets, a zone or
     * a port). Empty for anything else (a host name, {@code unknown}, an obfuscated RFC 7239 identifier).
     */
    static Optional<InetAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            if (end < 0) {
                return Optional.empty();
            }
            value = value.substring(1, end);
        } else if (value.indexOf(':') == value.lastIndexOf(':') && value.contains(".")) {
            value = value.replaceFirst(":\\d{1,5}$", ""); // IPv4 with a port
        }
        int zone = value.indexOf('%');
        if (zone >= 0) {
            value = value.substring(0, zone);
        }
        if (!IPV4.matcher(value).matches() && !IPV6.matcher(value).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(value)); // a literal: no lookup
        } catch (UnknownHostException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code 10.0.0.0/8}, {@code 192.0.2.7}, {@code fd00::/8}; an entry that is none of these stops startup. */
    static List<Network> networks(List<String> entries) {
        return entries.stream().map(IpNetworks::network).toList();
    }

    private static Network network(String entry) {
        String[] parts = entry.strip().split("/", 2);
        InetAddress address = parse(parts[0])
                .orElseThrow(() -> new IllegalArgumentException(
                        "aldermail.abuse.trusted-proxies: '" + entry + "' is not an IP address or CIDR range"));
        int bits = address.getAddress().length * 8;
        int prefix = bits;
        if (parts.length == 2) {
            if (!parts[1].matches("\\d{1,3}") || Integer.parseInt(parts[1]) > bits) {
                throw new IllegalArgumentException(
                        "aldermail.abuse.trusted-proxies: '" + entry + "' has a bad prefix length");
            }
            prefix = Integer.parseInt(parts[1]);
        }
        return new Network(address.getAddress(), prefix);
    }
}
