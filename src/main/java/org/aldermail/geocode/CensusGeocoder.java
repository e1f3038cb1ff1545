package org.aldermail.geocode;

import io.quarkus.logging.Log;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The Census Bureau's geocoder ({@code onelineaddress}, benchmark {@code Public_AR_Current}) as a second
 * opinion, behind a timeout and a circuit breaker whose settings come from {@link GeocodeConfig}: a slow or
 * failing service costs at most one timeout per lookup, and nothing while the circuit is open.
 */
@ApplicationScoped
public class CensusGeocoder implements SecondOpinion {

    private final GeocodeConfig.Census config;
    private final Guard guard;
    private volatile CensusClient client;

    public CensusGeocoder(GeocodeConfig config) {
        this.config = config.census();
        this.guard = Guard.create()
                .withDescription("census-geocoder")
                .withTimeout()
                .duration(this.config.timeout().toMillis(), ChronoUnit.MILLIS)
                .done()
                .withCircuitBreaker()
                .requestVolumeThreshold(this.config.circuitRequests())
                .failureRatio(this.config.circuitFailureRatio())
                .delay(this.config.circuitDelay().toMillis(), ChronoUnit.MILLIS)
                .name("census-geocoder")
                .done()
                .build();
    }

    @Override
    public String source() {
        return "census";
    }

    @Override
    public Optional<OnlineMatch> locate(String oneLineAddress) {
        try {
            CensusResponse response = guard.call(
                    () -> client().oneLineAddress(oneLineAddress, config.benchmark(), "json"), CensusResponse.class);
            return firstMatch(response);
        } catch (Exception e) {
            // Timeouts, 5xx, unreadable bodies and an open circuit all mean: answer from offline data.
            Log.debugf("Census geocoder gave no opinion: %s", e.toString());
            return Optional.empty();
        }
    }

    static Optional<OnlineMatch> firstMatch(CensusResponse response) {
        if (response == null || response.result() == null || response.result().addressMatches() == null) {
            return Optional.empty();
        }
        return response.result().addressMatches().stream()
                .filter(m -> m.coordinates() != null
                        && m.coordinates().x() != null
                        && m.coordinates().y() != null
                        && Double.isFinite(m.coordinates().x())
                        && Double.isFinite(m.coordinates().y()))
                .findFirst()
                .map(m -> new OnlineMatch(
                        m.matchedAddress(), m.coordinates().x(), m.coordinates().y()));
    }

    private CensusClient client() {
        CensusClient c = client;
        if (c == null) {
            long timeout = config.timeout().toMillis();
            c = QuarkusRestClientBuilder.newBuilder()
                    .baseUri(config.url())
                    .connectTimeout(timeout, TimeUnit.MILLISECONDS)
                    .readTimeout(timeout, TimeUnit.MILLISECONDS)
                    .build(CensusClient.class);
            client = c;
        }
        return c;
    }
}
