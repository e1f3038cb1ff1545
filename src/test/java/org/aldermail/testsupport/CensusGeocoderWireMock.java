package org.aldermail.testsupport;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A stand-in for the US Census Bureau geocoder on a free local port, with the second opinion switched on
 * and a 10 s timeout (shorter ones fail the first, cold request on a busy machine). Tests stub its answers through {@link #server()}.
 */
public class CensusGeocoderWireMock implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        return Map.of(
                "aldermail.geocode.census.enabled", "true",
                "aldermail.geocode.census.url", server.baseUrl(),
                "aldermail.geocode.census.timeout", "10s",
                "aldermail.geocode.census.circuit-requests", "4",
                "aldermail.geocode.census.circuit-failure-ratio", "0.75",
                "aldermail.geocode.census.circuit-delay", "60s");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
