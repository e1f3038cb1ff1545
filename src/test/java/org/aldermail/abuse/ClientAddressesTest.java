package org.aldermail.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who the client is: the connecting address, or what a trusted proxy says, never what the client says. */
class ClientAddressesTest {

    private static final ClientAddresses NO_PROXIES =
            new ClientAddresses(List.of(), AbuseConfig.ForwardedHeader.X_FORWARDED_FOR);
    private static final ClientAddresses BEHIND_PROXIES = new ClientAddresses(
            IpNetworks.networks(List.of("10.0.0.0/8", "192.0.2.7", "fd00::/8")),
            AbuseConfig.ForwardedHeader.X_FORWARDED_FOR);

    @Test
    void aForwardedForHeaderFromAnUntrustedPeerIsIgnored() {
        assertThat(NO_PROXIES.of("203.0.113.5", List.of("198.51.100.1"))).isEqualTo(client("203.0.113.5"));
        assertThat(BEHIND_PROXIES.of("203.0.113.5", List.of("198.51.100.1, 10.0.0.9")))
                .isEqualTo(client("203.0.113.5"));
    }

    @Test
    void aTrustedProxyNamesTheClient() {
        assertThat(BEHIND_PROXIES.of("10.1.2.3", List.of("198.51.100.1"))).isEqualTo(client("198.51.100.1"));
    }

    @Test
    void theRightMostUntrustedHopIsTheClientWhateverTheClientWroteBeforeIt() {
        // The client wrote "1.1.1.1, 2.2.2.2"; the outer proxy (192.0.2.7) appended the real peer, the inner proxy
        // (10.1.2.3) appended the outer one.
        assertThat(BEHIND_PROXIES.of("10.1.2.3", List.of("1.1.1.1, 2.2.2.2", "198.51.100.1, 192.0.2.7")))
                .isEqualTo(client("198.51.100.1"));
    }

    @Test
    void onlyProxiesAllTheWayGivesTheLeftMostHop() {
        assertThat(BEHIND_PROXIES.of("10.1.2.3", List.of("10.9.9.9, 192.0.2.7")))
                .isEqualTo(client("10.9.9.9"));
    }

    @Test
    void somethingThatIsNotAnAddressStopsAtTheLastProxysPeer() {
        assertThat(BEHIND_PROXIES.of("10.1.2.3", List.of("198.51.100.1, unknown, 192.0.2.7")))
                .isEqualTo(client("192.0.2.7"));
        assertThat(BEHIND_PROXIES.of("10.1.2.3", List.of("evil.example.org"))).isEqualTo(client("10.1.2.3"));
    }

    @Test
    void theForwardedHeaderIsReadOnlyWhenConfigured() {
        ClientAddresses forwarded =
                new ClientAddresses(IpNetworks.networks(List.of("10.0.0.0/8")), AbuseConfig.ForwardedHeader.FORWARDED);
        assertThat(forwarded.of("10.0.0.1", List.of("for=198.51.100.1;proto=https, for=\"[2001:db8:cafe::17]:4711\"")))
                .isEqualTo(client("2001:db8:cafe:0::/64"));
        assertThat(forwarded.of("10.0.0.1", List.of("for=\"198.51.100.1:8080\";by=10.0.0.1")))
                .isEqualTo(client("198.51.100.1"));
    }

    @Test
    void anIpv6ClientIsItsSlash64() {
        assertThat(NO_PROXIES.of("2001:db8:1:2:aaaa::1", List.of()))
                .isEqualTo(NO_PROXIES.of("2001:db8:1:2:bbbb::2", List.of()))
                .isEqualTo(client("2001:db8:1:2::/64"));
        assertThat(NO_PROXIES.of("::ffff:198.51.100.1", List.of())).isEqualTo(client("198.51.100.1"));
    }

    @Test
    void aBrokenTrustedProxyEntryStopsStartup() {
        assertThatThrownBy(() -> IpNetworks.networks(List.of("proxy.example.org")))
                .hasMessageContaining("trusted-proxies");
        assertThatThrownBy(() -> IpNetworks.networks(List.of("10.0.0.0/33"))).hasMessageContaining("prefix");
    }

    private static ClientAddress client(String value) {
        return new ClientAddress(value);
    }
}
