package org.aldermail.abuse;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.Session;

@ApplicationScoped
class RateCounterRepository implements PanacheRepositoryBase<RateCounter, String> {

    /** One bucket to take one from: its key, its limit, and when its window (a new row's expiry) ends. */
    record Take(String bucket, int limit, OffsetDateTime windowEnd) {}

    /**
     * PostgreSQL creates or counts up in one statement that a concurrent creation of the same row cannot fail:
     * the loser of the insert turns into the conditional update.
     */
    private static final String POSTGRESQL_UPSERT = """
            insert into rate_limit_counter (bucket, hits, expires_at) values (?, 1, ?)
            on conflict (bucket) do update set hits = rate_limit_counter.hits + 1
            where rate_limit_counter.hits < ?""";

    /** H2 has no conditional ON CONFLICT; its MERGE does the same, and a lost creation race is retried. */
    private static final String H2_MERGE = """
            merge into rate_limit_counter t
            using (values (cast(? as varchar(64)), cast(? as timestamp with time zone))) s(bucket, expires_at)
            on t.bucket = s.bucket
            when matched and t.hits < ? then update set hits = t.hits + 1
            when not matched then insert (bucket, hits, expires_at) values (s.bucket, 1, s.expires_at)""";

    private static final String UNIQUE_VIOLATION = "23505";
    private static final int H2_CREATION_TRIES = 3;

    /**
     * Takes one from each bucket that holds fewer than its limit, creating a window's row (with this one in it) on
     * its first use, in the caller's transaction: the row locks make concurrent requests (from any instance) count
     * one after the other and never past a limit, until the transaction ends. Statements go straight to JDBC, so a
     * lost creation race on H2 is retried instead of dooming the transaction.
     *
     * @return for each bucket, in order, whether one was taken (false: the bucket is full)
     */
    boolean[] takeOneEach(List<Take> takes) {
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            boolean[] taken = new boolean[takes.size()];
            if (connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")) {
                takeBatched(connection, takes, taken);
            } else {
                takeOneByOne(connection, takes, taken);
            }
            return taken;
        });
    }

    /** One round trip for every bucket of the attempt. */
    private static void takeBatched(Connection connection, List<Take> takes, boolean[] taken) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(POSTGRESQL_UPSERT)) {
            for (Take take : takes) {
                bind(upsert, take);
                upsert.addBatch();
            }
            int[] counts = upsert.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                taken[i] = counts[i] > 0;
            }
        }
    }

    private static void takeOneByOne(Connection connection, List<Take> takes, boolean[] taken) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(H2_MERGE)) {
            for (int i = 0; i < takes.size(); i++) {
                bind(merge, takes.get(i));
                taken[i] = mergeOnce(merge) > 0;
            }
        }
    }

    private static int mergeOnce(PreparedStatement merge) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                return merge.executeUpdate();
            } catch (SQLException createdMeanwhile) {
                // Another request created the row between this MERGE's look and its insert: now it matches.
                if (!UNIQUE_VIOLATION.equals(createdMeanwhile.getSQLState()) || attempt >= H2_CREATION_TRIES) {
                    throw createdMeanwhile;
                }
            }
        }
    }

    private static void bind(PreparedStatement statement, Take take) throws SQLException {
        statement.setString(1, take.bucket());
        statement.setObject(2, take.windowEnd());
        statement.setInt(3, take.limit());
    }

    long deleteExpiredBefore(OffsetDateTime time) {
        return delete("expiresAt < ?1", time);
    }
}
