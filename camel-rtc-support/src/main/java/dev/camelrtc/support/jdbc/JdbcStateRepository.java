/*
 * Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except in compliance with
 * the License. You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software distributed under the License is distributed on
 * an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the License for the
 * specific language governing permissions and limitations under the License.
 */
package dev.camelrtc.support.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelrtc.support.json.Json;
import dev.camelrtc.support.tasks.EndClaims;
import dev.camelrtc.support.tasks.FollowBoard;
import dev.camelrtc.support.tasks.TaskStore;

/**
 * A Camel {@link StateRepository} on a JDBC {@link DataSource} (PostgreSQL), which several instances of an
 * application can share. Given to a trtc or alilive consumer as {@code stateRepository=#name}, it keeps each followed
 * task in its own row of {@value #TASK_TABLE} (key, task id, delivered status, attributes), written by one upsert
 * per change, so that a change is atomic on its own and consumers writing the same key never overwrite each other's
 * tasks. Given to producers too (e.g. set on the component), it carries the follow requests of every instance's
 * producers to the polling consumer of whichever instance leads, in {@value #FOLLOW_TABLE} (a {@link FollowBoard}).
 * Given to push consumers' components too, it claims each task's end in {@value #END_TABLE} ({@link EndClaims}), so
 * that a stop callback on one instance and the leader's poll deliver that end once.
 * Other users of a {@code StateRepository} get key/value rows in {@value #STATE_TABLE}. The tables are created when
 * absent, at the first use.
 */
public class JdbcStateRepository extends ServiceSupport
        implements StateRepository<String, String>, TaskStore, FollowBoard, EndClaims {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcStateRepository.class);

    public static final String STATE_TABLE = "camel_rtc_state";
    public static final String TASK_TABLE = "camel_rtc_task";
    public static final String FOLLOW_TABLE = "camel_rtc_follow";
    public static final String END_TABLE = "camel_rtc_end";

    private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {
    };

    private static final Map<String, String> CREATE = Map.of(
            STATE_TABLE, "CREATE TABLE IF NOT EXISTS " + STATE_TABLE + " (state_key VARCHAR(1024) PRIMARY KEY,"
                         + " state_value TEXT NOT NULL)",
            TASK_TABLE, "CREATE TABLE IF NOT EXISTS " + TASK_TABLE + " (state_key VARCHAR(1024) NOT NULL,"
                        + " task_id VARCHAR(512) NOT NULL, delivered_status VARCHAR(256),"
                        + " attributes TEXT, PRIMARY KEY (state_key, task_id))",
            // txid: the transaction that posted the request, for reading "what is new" without missing a request
            // whose transaction commits after a later one's (see READ_POSTED)
            FOLLOW_TABLE, "CREATE TABLE IF NOT EXISTS " + FOLLOW_TABLE + " (family VARCHAR(256) NOT NULL,"
                          + " task_id VARCHAR(512) NOT NULL, follow BOOLEAN NOT NULL, attributes TEXT,"
                          + " txid xid8 NOT NULL DEFAULT pg_current_xact_id(), PRIMARY KEY (family, task_id))",
            END_TABLE, "CREATE TABLE IF NOT EXISTS " + END_TABLE + " (task_id VARCHAR(512) PRIMARY KEY,"
                       + " side VARCHAR(8) NOT NULL, delivered BOOLEAN NOT NULL DEFAULT FALSE,"
                       + " claimed_at TIMESTAMPTZ NOT NULL DEFAULT now())");
    private static final String EXISTS = "SELECT to_regclass(?)";
    private static final String LOAD = "SELECT task_id, delivered_status, attributes FROM " + TASK_TABLE
                                       + " WHERE state_key = ? ORDER BY task_id";
    // a null status never replaces a delivered one: following a task again must not forget what was delivered
    private static final String PUT = "INSERT INTO " + TASK_TABLE
                                      + " (state_key, task_id, delivered_status, attributes) VALUES (?, ?, ?, ?)"
                                      + " ON CONFLICT (state_key, task_id) DO UPDATE SET delivered_status ="
                                      + " COALESCE(EXCLUDED.delivered_status, " + TASK_TABLE + ".delivered_status),"
                                      + " attributes = EXCLUDED.attributes";
    private static final String REMOVE = "DELETE FROM " + TASK_TABLE + " WHERE state_key = ? AND task_id = ?";
    private static final String POST = "INSERT INTO " + FOLLOW_TABLE + " (family, task_id, follow, attributes)"
                                       + " VALUES (?, ?, CAST(? AS BOOLEAN), ?) ON CONFLICT (family, task_id) DO UPDATE"
                                       + " SET follow = EXCLUDED.follow, attributes = EXCLUDED.attributes,"
                                       + " txid = EXCLUDED.txid";
    /*
     * A request is new when its transaction is not older than the oldest one running at the last read: the cursor is
     * that transaction id (xmin of the read's snapshot), so a request committed after the read, even by a transaction
     * that began before a request the read saw, comes with the next read (PostgreSQL 13+: xid8).
     */
    private static final String READ_POSTED = "WITH s AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin)"
                                              + " SELECT CAST(s.xmin AS TEXT), f.task_id, f.follow, f.attributes,"
                                              + " CAST(f.txid AS TEXT)"
                                              + " FROM s LEFT JOIN " + FOLLOW_TABLE + " f ON f.family = ?"
                                              + " AND f.txid >= CAST(? AS xid8) ORDER BY f.txid, f.task_id";
    // only the request that was read: a later one for the same task (another instance's follow) stays
    private static final String WITHDRAW = "DELETE FROM " + FOLLOW_TABLE + " WHERE family = ? AND task_id = ?"
                                           + " AND txid = CAST(? AS xid8)";
    /*
     * One statement decides among every instance: a new claim is inserted; an existing one is the caller's when its
     * side is the caller's (polling consumers share theirs, as push retries do) or when it was never delivered and is
     * older than the claim timeout (its holder died); else no row changes.
     */
    private static final String CLAIM_END = "INSERT INTO " + END_TABLE + " (task_id, side) VALUES (?, ?)"
                                            + " ON CONFLICT (task_id) DO UPDATE SET side = EXCLUDED.side,"
                                            + " claimed_at = now() WHERE " + END_TABLE + ".side = EXCLUDED.side"
                                            + " OR (NOT " + END_TABLE + ".delivered AND " + END_TABLE
                                            + ".claimed_at < now() - CAST(? AS INTERVAL))";
    private static final String END_DELIVERED = "SELECT delivered FROM " + END_TABLE + " WHERE task_id = ?";
    private static final String END_DONE = "UPDATE " + END_TABLE + " SET delivered = TRUE WHERE task_id = ?"
                                           + " AND side = ?";
    private static final String END_GIVEN_BACK = "DELETE FROM " + END_TABLE + " WHERE task_id = ? AND side = ?"
                                                 + " AND NOT delivered";
    private static final String END_CLEANUP = "DELETE FROM " + END_TABLE
                                              + " WHERE claimed_at < now() - CAST(? AS INTERVAL)";
    private static final long CLEANUP_EVERY_NANOS = Duration.ofHours(1).toNanos();
    private static final String GET_STATE = "SELECT state_value FROM " + STATE_TABLE + " WHERE state_key = ?";
    private static final String SET_STATE = "INSERT INTO " + STATE_TABLE + " (state_key, state_value) VALUES (?, ?)"
                                            + " ON CONFLICT (state_key) DO UPDATE SET state_value ="
                                            + " EXCLUDED.state_value";

    private DataSource dataSource;
    private volatile boolean tablesExist;
    private Duration endClaimTimeout = Duration.ofMinutes(10);
    private Duration endClaimRetention = Duration.ofDays(7);
    private final AtomicLong lastCleanup = new AtomicLong(System.nanoTime() - CLEANUP_EVERY_NANOS);

    public JdbcStateRepository() {
    }

    public JdbcStateRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public DataSource getDataSource() {
        return dataSource;
    }

    /** The database, e.g. a connection pool on PostgreSQL; give it a connect timeout of a few seconds. */
    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Duration getEndClaimTimeout() {
        return endClaimTimeout;
    }

    /**
     * How long a claimed task's end may stay undelivered before the other side may take it over (its holder crashed
     * or lost the database while routing it); default 10 minutes. Longer than any end exchange takes.
     */
    public void setEndClaimTimeout(Duration endClaimTimeout) {
        this.endClaimTimeout = endClaimTimeout;
    }

    public Duration getEndClaimRetention() {
        return endClaimRetention;
    }

    /**
     * How long claims on tasks' ends are kept (deleted afterwards, at most once an hour per repository); default 7
     * days. Longer than the vendor retries a stop callback: a callback arriving later may deliver a second end.
     */
    public void setEndClaimRetention(Duration endClaimRetention) {
        this.endClaimRetention = endClaimRetention;
    }

    @Override
    protected void doStart() throws Exception {
        if (dataSource == null) {
            throw new IllegalArgumentException("JdbcStateRepository: the dataSource option is required");
        }
    }

    /**
     * Creates the tables that are absent, at the first use rather than on start (retried by each use until it
     * succeeds), so that a consumer starts while the database is down. Only absent tables: PostgreSQL checks the
     * privilege to create in the schema even for CREATE TABLE IF NOT EXISTS, which a least-privilege role lacks.
     */
    private void createTables(Connection connection) throws SQLException {
        if (tablesExist) {
            return;
        }
        synchronized (this) {
            if (!tablesExist) {
                for (Map.Entry<String, String> table : CREATE.entrySet()) {
                    if (!exists(connection, table.getKey())) {
                        create(connection, table.getValue());
                    }
                    commit(connection);
                }
                tablesExist = true;
            }
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(EXISTS)) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() && rows.getString(1) != null;
            }
        }
    }

    private static void create(Connection connection, String create) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try {
                statement.execute(create);
            } catch (SQLException e) {
                // another instance created the table at the same moment: PostgreSQL fails one of the two
                // (duplicate pg_type entry) once the other committed, so the table exists when trying again
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                statement.execute(create);
            }
        }
    }

    @Override
    public List<StoredTask> load(String key) {
        List<StoredTask> tasks = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            createTables(connection);
            try (PreparedStatement statement = connection.prepareStatement(LOAD)) {
                statement.setString(1, key);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        tasks.add(new StoredTask(rows.getString(1), rows.getString(2),
                                attributes(rows.getString(3))));
                    }
                }
            }
        } catch (SQLException e) {
            throw failure("load the tasks of '" + key + "'", e);
        }
        return tasks;
    }

    @Override
    public void put(String key, StoredTask task) {
        update(PUT, "record task " + task.taskId() + " of '" + key + "'", key, task.taskId(), task.deliveredStatus(),
                json(task.attributes()));
    }

    @Override
    public void remove(String key, String taskId) {
        update(REMOVE, "remove task " + taskId + " of '" + key + "'", key, taskId);
    }

    @Override
    public void post(String family, String taskId, boolean follow, Map<String, String> attributes) {
        update(POST, "post task " + taskId + " of family " + family + " for the polling consumers", family, taskId,
                String.valueOf(follow), json(attributes));
    }

    @Override
    public Page read(String family, long cursor) {
        List<Request> requests = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            createTables(connection);
            try (PreparedStatement statement = connection.prepareStatement(READ_POSTED)) {
                statement.setString(1, family);
                statement.setString(2, Long.toString(cursor));
                try (ResultSet rows = statement.executeQuery()) {
                    long next = cursor;
                    while (rows.next()) {
                        next = Long.parseLong(rows.getString(1));
                        if (rows.getString(2) != null) {
                            requests.add(new Request(rows.getString(2), rows.getBoolean(3),
                                    attributes(rows.getString(4)), Long.parseLong(rows.getString(5))));
                        }
                    }
                    commit(connection);
                    return new Page(requests, next);
                }
            }
        } catch (SQLException e) {
            throw failure("read the posted tasks of family " + family, e);
        }
    }

    @Override
    public void withdraw(String family, String taskId, long version) {
        update(WITHDRAW, "withdraw task " + taskId + " of family " + family, family, taskId, Long.toString(version));
    }

    @Override
    public void withdrawAndRemove(String family, String taskId, long version, String storeKey) {
        try (Connection connection = dataSource.getConnection()) {
            createTables(connection);
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement withdraw = connection.prepareStatement(WITHDRAW);
                 PreparedStatement remove = connection.prepareStatement(REMOVE)) {
                withdraw.setString(1, family);
                withdraw.setString(2, taskId);
                withdraw.setString(3, Long.toString(version));
                withdraw.executeUpdate();
                remove.setString(1, storeKey);
                remove.setString(2, taskId);
                remove.executeUpdate();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw failure("withdraw task " + taskId + " of family " + family + " and remove it from '" + storeKey + "'",
                    e);
        }
    }

    @Override
    public Claim claimEnd(String taskId, Side side) {
        cleanUpEndClaims();
        String what = "claim the end of task " + taskId;
        // a claim given back between the insert and the read is claimed by the next round
        for (int round = 0; round < 3; round++) {
            if (update(CLAIM_END, what, taskId, side.name(), endClaimTimeout.toMillis() + " milliseconds") == 1) {
                return Claim.CLAIMED;
            }
            Boolean delivered = endDelivered(taskId, what);
            if (delivered != null) {
                return delivered ? Claim.OTHER_DELIVERED : Claim.OTHER_IN_FLIGHT;
            }
        }
        return Claim.OTHER_IN_FLIGHT;
    }

    private Boolean endDelivered(String taskId, String what) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement(END_DELIVERED)) {
                statement.setString(1, taskId);
                try (ResultSet rows = statement.executeQuery()) {
                    Boolean delivered = rows.next() ? rows.getBoolean(1) : null;
                    commit(connection);
                    return delivered;
                }
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    @Override
    public void endDone(String taskId, Side side, boolean delivered) {
        update(delivered ? END_DONE : END_GIVEN_BACK, "record the end of task " + taskId, taskId, side.name());
    }

    private void cleanUpEndClaims() {
        long last = lastCleanup.get();
        long now = System.nanoTime();
        if (now - last >= CLEANUP_EVERY_NANOS && lastCleanup.compareAndSet(last, now)) {
            try {
                update(END_CLEANUP, "delete old claims on tasks' ends", endClaimRetention.toMillis() + " milliseconds");
            } catch (RuntimeException e) {
                // housekeeping: the claim itself says whether the database answers
                LOG.warn("{}. Trying again in an hour", e.getMessage());
            }
        }
    }

    @Override
    public String getState(String key) {
        try (Connection connection = dataSource.getConnection()) {
            createTables(connection);
            try (PreparedStatement statement = connection.prepareStatement(GET_STATE)) {
                statement.setString(1, key);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? rows.getString(1) : null;
                }
            }
        } catch (SQLException e) {
            throw failure("read the state of '" + key + "'", e);
        }
    }

    @Override
    public void setState(String key, String value) {
        update(SET_STATE, "write the state of '" + key + "'", key, value);
    }

    /** One statement in its own transaction: atomic on its own. Returns the row count. */
    private int update(String sql, String what, String... parameters) {
        try (Connection connection = dataSource.getConnection()) {
            createTables(connection);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setString(i + 1, parameters[i]);
                }
                int rows = statement.executeUpdate();
                commit(connection);
                return rows;
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** A pool may hand out connections without auto-commit. */
    private static void commit(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    private static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("JdbcStateRepository cannot " + what + ": " + e.getMessage(), e);
    }

    private static String json(Map<String, String> attributes) {
        if (attributes == null || attributes.isEmpty()) {
            return null;
        }
        try {
            return Json.MAPPER.writeValueAsString(attributes);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Task attributes cannot be written as JSON", e);
        }
    }

    private static Map<String, String> attributes(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return Json.MAPPER.readValue(json, ATTRIBUTES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored task attributes are not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
