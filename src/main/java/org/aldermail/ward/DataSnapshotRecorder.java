package org.aldermail.ward;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

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
        String sha256 = sha256(file);
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

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
