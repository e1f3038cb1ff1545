package org.aldermail.ward;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the ward index and the roster are loaded (the directory fails startup otherwise). */
@Readiness
@ApplicationScoped
public class WardDataReadiness implements HealthCheck {

    private final WardDirectory directory;

    public WardDataReadiness(WardDirectory directory) {
        this.directory = directory;
    }

    @Override
    public HealthCheckResponse call() {
        int alders = directory.alders().size();
        return HealthCheckResponse.named("ward-data")
                .status(alders == WardMapReader.WARD_COUNT && directory.index() != null)
                .withData("mapFile", directory.mapFile().toString())
                .withData("rosterFile", directory.rosterFile().toString())
                .withData("alders", alders)
                .build();
    }
}
