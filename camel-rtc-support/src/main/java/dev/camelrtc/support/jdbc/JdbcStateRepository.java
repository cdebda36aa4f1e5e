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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;

import dev.camelrtc.support.json.Json;
import dev.camelrtc.support.tasks.FollowBoard;
import dev.camelrtc.support.tasks.TaskStore;

/**
 * A Camel {@link StateRepository} on a JDBC {@link DataSource} (PostgreSQL), which several instances of an
 * application can share. Given to a trtc or alilive consumer as {@code stateRepository=#name}, it keeps each followed
 * task in its own row of {@value #TASK_TABLE} (key, task id, delivered status, attributes), written by one upsert
 * per change, so that a change is atomic on its own and consumers writing the same key never overwrite each other's
 * tasks. Given to producers too (e.g. set on the component), it carries the follow requests of every instance's
 * producers to the polling consumer of whichever instance leads, in {@value #FOLLOW_TABLE} (a {@link FollowBoard}).
 * Other users of a {@code StateRepository} get key/value rows in {@value #STATE_TABLE}. The tables are created when
 * absent, at the first use.
 */
public class JdbcStateRepository extends ServiceSupport
        implements StateRepository<String, String>, TaskStore, FollowBoard {

    public static final String STATE_TABLE = "camel_rtc_state";
    public static final String TASK_TABLE = "camel_rtc_task";
    public static final String FOLLOW_TABLE = "camel_rtc_follow";

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
                          + " txid xid8 NOT NULL DEFAULT pg_current_xact_id(), PRIMARY KEY (family, task_id))");
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
    private static final String GET_STATE = "SELECT state_value FROM " + STATE_TABLE + " WHERE state_key = ?";
    private static final String SET_STATE = "INSERT INTO " + STATE_TABLE + " (state_key, state_value) VALUES (?, ?)"
                                            + " ON CONFLICT (state_key) DO UPDATE SET state_value ="
                                            + " EXCLUDED.state_value";

    private DataSource dataSource;
    private volatile boolean tablesExist;

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

    /** One statement in its own transaction: atomic on its own. */
    private void update(String sql, String what, String... parameters) {
        try (Connection connection = dataSource.getConnection()) {
            createTables(connection);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setString(i + 1, parameters[i]);
                }
                statement.executeUpdate();
                commit(connection);
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
