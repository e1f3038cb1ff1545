package org.aldermail.ward;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.PersistenceException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.aldermail.web.Sha256;

/** Records, at every start, the content hash of the ward map and roster this instance serves. */
@ApplicationScoped
public class DataSnapshotRecorder {

    private final DataSnapshotRepository snapshots;
    private final WardDirectory directory;
    private final Clock clock;

    DataSnapshotRecorder(DataSnapshotRepository snapshots, WardDirectory directory, Clock clock) {
        this.snapshots = snapshots;
        this.directory = directory;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        recordOnce("ward-map", directory.mapFile());
        recordOnce("roster", directory.rosterFile());
    }

    private void recordOnce(String kind, Path file) {
        try {
            QuarkusTransaction.requiringNew().run(() -> record(kind, file));
        } catch (PersistenceException e) {
            // Another instance inserted the same snapshot between our update and insert: it is recorded.
            Log.debugf("Snapshot of %s recorded concurrently: %s", file, e.getMessage());
        }
    }

    private void record(String kind, Path file) {
        String sha256 = Sha256.hexOf(file);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (!snapshots.touch(kind, sha256, now)) {
            DataSnapshot snapshot = new DataSnapshot();
            snapshot.kind = kind;
            snapshot.fileName = file.getFileName().toString();
            snapshot.sha256 = sha256;
            snapshot.firstLoadedAt = now;
            snapshot.lastLoadedAt = now;
            snapshots.persist(snapshot);
        }
    }
}
