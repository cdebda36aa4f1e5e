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

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.support.RoutePolicySupport;

import dev.camelrtc.support.docs.SharedStateSnippets;

/**
 * What a replica of a multi-JVM test (a main class started by {@link ReplicaProcess}) sets up as a user's instance
 * would: Camel's {@link FileLockClusterService} on a shared folder, its pool on the shared database (URL, user and
 * password from the environment variables {@code CLUSTER_DB_URL}, {@code CLUSTER_DB_USER},
 * {@code CLUSTER_DB_PASSWORD}), the shared callback repositories, a platform-http server on a free port, and the lines
 * the test reads: {@code PORT NAME N}, {@code READY NAME}, {@code LEADER NAME} and {@code FOLLOWER NAME}.
 */
public final class ClusterReplica {

    /** The file-lock service's check interval and how many silent intervals make a leader stale. */
    public static final long LOCK_INTERVAL_MILLIS = 1000;
    public static final int HEARTBEAT_TIMEOUT_MULTIPLIER = 5;
    /** How long the key of an event a dead replica was routing blocks its redeliveries. */
    public static final Duration CALLBACK_LOCK_MAX_AGE = Duration.ofSeconds(10);
    /**
     * How long the pool lets a caller wait for a connection: below lockMaxAge minus two keep-alive intervals (10 s -
     * 2 x 2.5 s), as docs/shared-state.adoc asks, so that a claim written nearly expired is refreshed before it expires.
     */
    static final Duration POOL_CONNECTION_TIMEOUT = Duration.ofSeconds(4);

    private ClusterReplica() {
    }

    /** The takeover bound of docs/several-instances.adoc for these settings: (M + 1) x I. */
    public static Duration promisedTakeover() {
        return Duration.ofMillis((HEARTBEAT_TIMEOUT_MULTIPLIER + 1) * LOCK_INTERVAL_MILLIS);
    }

    /** Camel's file-lock cluster service of replica {@code name}, added to {@code context}. */
    public static void addClusterService(CamelContext context, String name, Path shared) throws Exception {
        // tag::cluster-service[]
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(name);
        cluster.setRoot(shared.resolve("cluster").toString()); // a folder every replica sees
        cluster.setAcquireLockDelay(LOCK_INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(LOCK_INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
        cluster.setHeartbeatTimeoutMultiplier(HEARTBEAT_TIMEOUT_MULTIPLIER);
        context.addService(cluster);
        // end::cluster-service[]
    }

    /** The replica's connection pool on the shared database. */
    public static DataSource database() {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(System.getenv("CLUSTER_DB_URL"));
        pool.setUsername(System.getenv("CLUSTER_DB_USER"));
        pool.setPassword(System.getenv("CLUSTER_DB_PASSWORD"));
        // more connections than platform-http's worker threads (Vert.x: 20): camel-sql's in-progress repository holds
        // a connection while it waits for its lock, which its keep-alive holds while it waits for a connection
        pool.setMaximumPoolSize(24);
        pool.setMinimumIdle(0);
        pool.setConnectionTimeout(POOL_CONNECTION_TIMEOUT.toMillis());
        return new HikariDataSource(pool);
    }

    /**
     * Binds camel-sql's repositories of processed and in-progress callbacks on {@code database} as {@code seen} and
     * {@code inProgress}, as docs/shared-state.adoc sets them up.
     */
    public static void bindCallbackRepositories(CamelContext context, DataSource database, String processorName) {
        context.getRegistry().bind("seen", SharedStateSnippets.callbackRepository(database, processorName));
        context.getRegistry().bind("inProgress", SharedStateSnippets.inProgressRepository(database, processorName,
                context, CALLBACK_LOCK_MAX_AGE));
    }

    /** A platform-http server on a free loopback port, added to {@code context}. */
    public static VertxPlatformHttpServer addHttpServer(CamelContext context) throws Exception {
        VertxPlatformHttpServerConfiguration http = new VertxPlatformHttpServerConfiguration();
        http.setBindHost("127.0.0.1");
        http.setBindPort(0);
        VertxPlatformHttpServer server = new VertxPlatformHttpServer(http);
        context.addService(server);
        return server;
    }

    /** Prints {@code LEADER NAME} when route {@code routeId} starts and {@code FOLLOWER NAME} when it stops. */
    public static void announceLeadership(CamelContext context, String routeId, String name) {
        context.addRoutePolicyFactory((camelContext, id, route) -> routeId.equals(id) ? new Announce(name) : null);
    }

    /** Starts {@code context}, prints {@code PORT NAME N} and {@code READY NAME}, and runs until destroyed. */
    public static void run(CamelContext context, String name, VertxPlatformHttpServer server) throws Exception {
        context.start();
        System.out.println("PORT " + name + " " + server.getServer().actualPort());
        System.out.println("READY " + name);
        Thread.currentThread().join(); // until the test destroys this process
    }

    private static final class Announce extends RoutePolicySupport {
        private final String name;

        Announce(String name) {
            this.name = name;
        }

        @Override
        public void onStart(Route route) {
            System.out.println("LEADER " + name);
        }

        @Override
        public void onStop(Route route) {
            System.out.println("FOLLOWER " + name);
        }
    }
}
