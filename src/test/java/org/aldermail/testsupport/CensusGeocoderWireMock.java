package org.aldermail.testsupport;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stand-in for the US Census Bureau geocoder on a free local port, with the second opinion switched on. Tests stub
 * its answers through {@link #server()}, and make it hang with {@link #holdNextReply()}.
 */
public class CensusGeocoderWireMock implements QuarkusTestResourceLifecycleManager {

    /**
     * Long enough that the first call after boot (client built, connection opened, JSON bound) fits on a loaded CI
     * machine; the timeout test holds the reply rather than racing this timeout with a delay.
     */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static final AtomicReference<HeldReply> nextHeld = new AtomicReference<>();
    private static WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    /** The next request gets its stubbed answer only when the test releases the returned hold. */
    public static HeldReply holdNextReply() {
        HeldReply held = new HeldReply();
        nextHeld.set(held);
        return held;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().extensions(new HoldsReplies()));
        server.start();
        return Map.of(
                "aldermail.geocode.census.enabled", "true",
                "aldermail.geocode.census.url", server.baseUrl(),
                "aldermail.geocode.census.timeout", TIMEOUT.toString(),
                "aldermail.geocode.census.circuit-requests", "4",
                "aldermail.geocode.census.circuit-failure-ratio", "0.75",
                "aldermail.geocode.census.circuit-delay", "60s");
    }

    @Override
    public void stop() {
        HeldReply held = nextHeld.getAndSet(null);
        if (held != null) {
            held.release();
        }
        if (server != null) {
            server.stop();
        }
    }

    /** Runs on WireMock's request thread, so holding here holds that one reply. */
    private static final class HoldsReplies implements ResponseDefinitionTransformerV2 {

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            HeldReply held = nextHeld.getAndSet(null);
            if (held != null) {
                held.hold();
            }
            return serveEvent.getResponseDefinition();
        }

        @Override
        public String getName() {
            return "holds-replies";
        }
    }
}
