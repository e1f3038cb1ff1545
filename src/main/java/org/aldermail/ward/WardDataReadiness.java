package org.aldermail.ward;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the ward index and the roster are loaded (the directory fails startup otherwise). The data names the
 * files without their folders: the health endpoint is public, and where the server keeps its files is not.
 */
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
                .withData("mapFile", fileName(directory.mapFile()))
                .withData("rosterFile", fileName(directory.rosterFile()))
                .withData("alders", alders)
                .build();
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? "" : name.toString();
    }
}
