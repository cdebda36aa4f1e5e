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
package dev.camelrtc.support.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database of its own on the local PostgreSQL for one test class ({@code @RegisterExtension static}): created
 * before the class with a unique name, dropped after it. The server and role are those {@code .ci/start-postgres}
 * sets up, overridden by system properties or environment variables ({@code camelrtc.pg.host} /
 * {@code CAMELRTC_PG_HOST}, {@code .port}, {@code .user}, {@code .password}). When the server cannot be reached within
 * a few seconds each test is skipped with a message saying how to start it, unless {@code CAMELRTC_PG_REQUIRED=true}
 * (as in CI) makes the class fail. Extensions registered after this one (e.g. a simulator) still start.
 */
public final class PostgresDatabase implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {


    private final String host = setting("host", "127.0.0.1");
    private final int port = Integer.parseInt(setting("port", "5432"));
    private final String user = setting("user", "camelrtc");
    private final String password = setting("password", "camelrtc");
    private final boolean required = Boolean.parseBoolean(setting("required", "false"));
    /**
     * Seconds to connect: a few when the server may be absent (the tests are then skipped soon), more when it is
     * required, since a loaded build machine (load 20 seen) may take longer than 3 s to answer a connection.
     */
    private final int connectTimeoutSeconds = required ? 30 : 3;
    private final List<HikariDataSource> pools = new CopyOnWriteArrayList<>();
    private String name;
    /** Why the server is not usable; each test is then skipped with it. */
    private String unusable;

    private static String setting(String name, String defaultValue) {
        String value = System.getProperty("camelrtc.pg." + name);
        if (value == null) {
            value = System.getenv("CAMELRTC_PG_" + name.toUpperCase(Locale.ROOT));
        }
        return value == null || value.isBlank() ? defaultValue : value;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        String prefix = context.getRequiredTestClass().getSimpleName().toLowerCase(Locale.ROOT);
        name = "camelrtc_" + prefix.substring(0, Math.min(30, prefix.length())) + "_"
               + UUID.randomUUID().toString().substring(0, 8);
        try (Connection admin = dataSource("postgres").getConnection();
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            String message = "PostgreSQL is not usable at " + host + ":" + port + " as role '" + user + "' ("
                             + e.getMessage() + "). Start it with .ci/start-postgres (installs, starts and creates the role;"
                             + " as root or with sudo), or set camelrtc.pg.host/port/user/password";
            name = null;
            if (required) {
                throw new SQLException(message, e);
            }
            unusable = message;
            System.err.println(context.getRequiredTestClass().getSimpleName() + " skipped: " + message);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Assumptions.assumeTrue(unusable == null, () -> unusable);
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        pools.forEach(HikariDataSource::close);
        if (name == null) {
            return;
        }
        try (Connection admin = dataSource("postgres").getConnection();
             Statement statement = admin.createStatement()) {
            // DROP DATABASE ... WITH (FORCE) needs PostgreSQL 13: end the sessions a test left open first. Only our
            // role's: an autovacuum worker (a superuser's) may be in the database too, and DROP DATABASE ends it itself
            statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name
                              + "' AND usename = current_user AND pid <> pg_backend_pid()");
            statement.execute("DROP DATABASE IF EXISTS " + name);
        } catch (SQLException e) {
            // cleaning up is not what the class tests: a database left behind is reported, not a failure
            System.out.println("PostgresDatabase: could not drop " + name + ": " + e.getMessage());
        }
    }

    /**
     * A new connection pool on this class's database, as one instance of an application has its own; closed after the
     * class. Its connection timeout (8 s) is under the 10 s docs/shared-state.adoc asks for with the tests' 20 s claim
     * age and 5 s keep-alive.
     */
    public DataSource dataSource() {
        HikariConfig config = new HikariConfig();
        config.setDataSource(dataSource(name));
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(TimeUnit.SECONDS.toMillis(8));
        HikariDataSource pool = new HikariDataSource(config);
        pools.add(pool);
        return pool;
    }

    /** The JDBC URL of this class's database, for another JVM. */
    public String url() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name + "?connectTimeout=" + connectTimeoutSeconds;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    private PGSimpleDataSource dataSource(String database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] { host });
        dataSource.setPortNumbers(new int[] { port });
        dataSource.setDatabaseName(database);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        dataSource.setConnectTimeout(connectTimeoutSeconds);
        dataSource.setLoginTimeout(connectTimeoutSeconds);
        dataSource.setSocketTimeout(60);
        return dataSource;
    }
}
