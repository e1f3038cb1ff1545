package org.aldermail.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the campaigns are loaded (a broken campaign stops startup). A later edit that breaks a campaign does
 * not make the application unready, since the last good version keeps serving; the check's data shows the error
 * with file name and line, so organizers without access to the logs can see it. No folder appears: the endpoint is
 * public, and where the server keeps its files is not.
 */
@Readiness
@ApplicationScoped
public class CampaignReadiness implements HealthCheck {

    private final CampaignRegistry registry;

    public CampaignReadiness(CampaignRegistry registry) {
        this.registry = registry;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("campaigns")
                .up()
                .withData(
                        "campaigns",
                        String.join(
                                ", ",
                                registry.all().stream().map(Campaign::slug).toList()));
        registry.problems().forEach((slug, error) -> response.withData("error " + slug, describe(error)));
        return response.build();
    }

    private static String describe(CampaignFormatException error) {
        return error.errors().stream()
                .map(e -> {
                    Path name = e.file().getFileName();
                    String file = name == null ? "" : name.toString();
                    return e.line() > 0 ? file + ":" + e.line() + ": " + e.message() : file + ": " + e.message();
                })
                .collect(Collectors.joining("\n"));
    }
}
