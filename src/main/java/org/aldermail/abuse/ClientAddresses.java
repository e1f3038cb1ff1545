package org.aldermail.abuse;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the client of a request: the connecting address, unless that is one of the trusted proxies
 * ({@code aldermail.abuse.trusted-proxies}); then the right-most address in the proxies' header that is not itself a
 * trusted proxy. Everything left of it was written by the client and may be made up.
 */
@ApplicationScoped
public class ClientAddresses {

    private static final String X_FORWARDED_FOR = "X-Forwarded-For";
    private static final String FORWARDED = "Forwarded";

    private final List<IpNetworks.Network> trusted;
    private final AbuseConfig.ForwardedHeader header;

    @Inject
    ClientAddresses(AbuseConfig config) {
        this(IpNetworks.networks(config.trustedProxies().orElse(List.of())), config.forwardedHeader());
    }

    ClientAddresses(List<IpNetworks.Network> trusted, AbuseConfig.ForwardedHeader header) {
        this.trusted = trusted;
        this.header = header;
    }

    /** The client of a Vert.x request. */
    public ClientAddress of(HttpServerRequest request) {
        SocketAddress peer = request.remoteAddress();
        String name = header == AbuseConfig.ForwardedHeader.FORWARDED ? FORWARDED : X_FORWARDED_FOR;
        return of(peer == null ? null : peer.hostAddress(), request.headers().getAll(name));
    }

    /**
     * @param peer    the connecting address
     * @param headers every value of the configured forwarding header, in order
     */
    ClientAddress of(String peer, List<String> headers) {
        Optional<InetAddress> connecting = IpNetworks.parse(peer);
        if (connecting.isEmpty()) {
            return ClientAddress.UNKNOWN;
        }
        InetAddress client = connecting.get();
        List<String> hops = hops(headers);
        for (int i = hops.size() - 1; i >= 0 && isTrusted(client); i--) {
            Optional<InetAddress> hop = IpNetworks.parse(hops.get(i));
            if (hop.isEmpty()) {
                break; // not an address: the last proxy's own peer stands
            }
            client = hop.get();
        }
        return new ClientAddress(canonical(client));
    }

    private boolean isTrusted(InetAddress address) {
        return trusted.stream().anyMatch(network -> network.contains(address));
    }

    private List<String> hops(List<String> headers) {
        List<String> hops = new ArrayList<>();
        for (String value : headers) {
            for (String element : value.split(",")) {
                if (header == AbuseConfig.ForwardedHeader.X_FORWARDED_FOR) {
                    hops.add(element.strip());
                } else {
                    hops.add(forwardedFor(element));
                }
            }
        }
        return hops;
    }

    /** The {@code for=} of one RFC 7239 element ({@code for="[2001:db8::1]:4711";proto=https}); "" without one. */
    private static String forwardedFor(String element) {
        for (String pair : element.split(";")) {
            String[] nameValue = pair.strip().split("=", 2);
            if (nameValue.length == 2
                    && nameValue[0].strip().toLowerCase(Locale.ROOT).equals("for")) {
                return nameValue[1].strip().replace("\"", "");
            }
        }
        return "";
    }

    /** IPv6 clients by their /64 network: one subscriber line gets a whole /64, so single addresses cost nothing. */
    private static String canonical(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] bytes = address.getAddress();
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xFF) << 8) | (bytes[i + 1] & 0xFF)))
                        .append(':');
            }
            return prefix.append(":/64").toString();
        }
        return address.getHostAddress();
    }
}
