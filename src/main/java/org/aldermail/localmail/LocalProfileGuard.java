package org.aldermail.localmail;

import io.quarkus.arc.profile.UnlessBuildProfile;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The other half of {@link LocalMailbox#checkProfile}: a package built without the local mailbox refuses the
 * {@code local} profile at runtime ({@code QUARKUS_PROFILE=local}), which would make the mailer a mock and drop every
 * mail silently, with no page to show them.
 */
@UnlessBuildProfile(LocalMailbox.PROFILE)
@ApplicationScoped
class LocalProfileGuard {

    void refuseLocalProfile(@Observes StartupEvent start) {
        if (ConfigUtils.isProfileActive(LocalMailbox.PROFILE)) {
            throw new IllegalStateException("The '" + LocalMailbox.PROFILE
                    + "' profile keeps mail in a local mailbox instead of sending it, and runs only in a package built"
                    + " with it (./mvnw package -Plocal -DskipTests). This package runs"
                    + " with QUARKUS_PROFILE=prod (or pg for the PostgreSQL package).");
        }
    }
}
