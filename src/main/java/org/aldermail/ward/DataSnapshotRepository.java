package org.aldermail.ward;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;

/** The ward map and roster contents app instances have loaded, one row per distinct content. */
@ApplicationScoped
class DataSnapshotRepository implements PanacheRepository<DataSnapshot> {

    /** Notes that this content was loaded again; false when it was never recorded. */
    boolean touch(String kind, String sha256, OffsetDateTime now) {
        return update(
                        "lastLoadedAt = :now where kind = :kind and sha256 = :sha",
                        Parameters.with("now", now).and("kind", kind).and("sha", sha256))
                > 0;
    }
}
