package org.aldermail.localmail;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Quarkus;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Stops the local run when the Maven process that started it has ended. Ctrl-C reaches both processes, but on SIGTERM
 * (or SIGKILL, or an IDE's stop button) only Maven ends: exec:exec does not stop the app it started, and would leave
 * it holding port 8080 with nothing left to stop it.
 */
@IfBuildProfile(LocalMailbox.PROFILE)
@ApplicationScoped
class StopWithMaven {

    /** The main class of Maven's launcher, on the command line of every {@code mvn} and {@code ./mvnw}. */
    static final String MAVEN_LAUNCHER = "org.codehaus.plexus.classworlds.launcher.Launcher";

    private final Optional<ProcessHandle> maven;
    private final AtomicBoolean stopping = new AtomicBoolean();

    StopWithMaven() {
        this.maven = ProcessHandle.current().parent().filter(StopWithMaven::isMaven);
    }

    static boolean isMaven(ProcessHandle process) {
        return process.info()
                .commandLine()
                .map(line -> line.contains(MAVEN_LAUNCHER))
                .orElse(false);
    }

    // A second is soon enough to free the port for the next run, and checking costs one read of /proc.
    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void stopWhenMavenHasEnded() {
        if (maven.isPresent() && !maven.get().isAlive() && stopping.compareAndSet(false, true)) {
            Log.infof(
                    "Maven (pid %d) has ended: stopping the local run",
                    maven.get().pid());
            Quarkus.asyncExit();
        }
    }
}
