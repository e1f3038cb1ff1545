package org.aldermail.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the campaigns are loaded (a broken campaign stops startup). A later edit that breaks a campaign does
 * not make the application unready, since the last good version keeps serving; the check's data shows the error
 * with file and line, so organizers without access to the logs can see it.
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
                .withData("folder", registry.folder().toString())
                .withData(
                        "campaigns",
                        String.join(
                                ", ",
                                registry.all().stream().map(Campaign::slug).toList()));
        registry.problems().forEach((slug, error) -> response.withData("error " + slug, error.getMessage()));
        return response.build();
    }
}
