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
package dev.camelrtc.trtc;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.Route;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;
import org.apache.camel.support.RoutePolicySupport;

import dev.camelrtc.support.docs.SharedStateSnippets;
import dev.camelrtc.support.jdbc.JdbcStateRepository;
import dev.camelrtc.trtc.callback.Sentence;
import dev.camelrtc.trtc.callback.TrtcCallbacksComponent;
import dev.camelrtc.trtc.callback.TrtcCallbacksConstants;

/**
 * One replica of {@link ClusterFailoverTest}, in a JVM of its own, as a user's instance would be: a CamelContext with
 * the trtc component (credentials from the environment), Camel's {@link FileLockClusterService} on the shared folder,
 * the shared state on PostgreSQL ({@link JdbcStateRepository} and camel-sql's JdbcMessageIdRepository; URL, user and
 * password from the environment variables {@code CLUSTER_DB_URL}, {@code CLUSTER_DB_USER}, {@code CLUSTER_DB_PASSWORD}),
 * and
 * <ul>
 * <li>{@code follow NAME ENDPOINT SHARED_DIR}: a {@code trtc:describeAITranscription} polling route under a
 * {@link ClusteredRoutePolicy}, so that only the leader polls, with its followed tasks in the shared state; every event
 * becomes a file {@code TASK~STATUS~ENDED~NAME~UUID} in {@code SHARED_DIR/events}; and a {@code trtc-callbacks} route
 * on every replica (key from {@code CLUSTER_CALLBACK_KEY}), de-duplicating through the shared repository, whose
 * sentences become files {@code TEXT~NAME~UUID} in {@code SHARED_DIR/callbacks}; and {@code POST /start} on the
 * callback port, whose JSON body goes to a {@code trtc:startAITranscription} producer and whose answer is the task id
 * (the producer posts the task to the shared state, for the leader to follow). Prints {@code PORT NAME N} (its
 * callback port) and {@code READY NAME} once started, {@code LEADER NAME} when its polling route starts and
 * {@code FOLLOWER NAME} when it stops (e.g. a leader that found its own heartbeat stale on a loaded machine).</li>
 * <li>{@code load NAME ENDPOINT CALLS REPLICAS TASK_ID}: once a line arrives on standard input, sends {@code CALLS}
 * DescribeAITranscription calls at once with {@code rateLimitReplicas=REPLICAS} and one attempt each, then prints
 * {@code DONE NAME}.</li>
 * </ul>
 * Either way it runs until its process is destroyed (or, for load, its calls are done).
 */
public final class ClusterInstance {

    /** The file-lock service's check interval and how many silent intervals make a leader stale. */
    static final long LOCK_INTERVAL_MILLIS = 1000;
    static final int HEARTBEAT_TIMEOUT_MULTIPLIER = 5;
    /** The consumers' QPS budget for DescribeAITranscription, shared by three replicas. */
    static final int DESCRIBE_QPS = 90;
    static final int REPLICAS = 3;
    static final String STATE_KEY = "cluster";
    static final String CALLBACK_PATH = "/trtc/events";

    private ClusterInstance() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "follow" -> follow(args[1], args[2], Path.of(args[3]));
            case "load" -> load(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]), args[5]);
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    private static TrtcComponent component(String endpoint, int replicas) {
        TrtcComponent trtc = new TrtcComponent();
        TrtcConfiguration configuration = trtc.getConfiguration();
        configuration.setRegion("ap-guangzhou");
        configuration.setEndpoint(endpoint);
        configuration.setSdkAppId(1400000315L);
        trtc.setRateLimitReplicas(replicas);
        trtc.setRateLimits("DescribeAITranscription=" + DESCRIBE_QPS);
        return trtc;
    }

    private static void follow(String name, String endpoint, Path shared) throws Exception {
        Path events = Files.createDirectories(shared.resolve("events"));
        Path callbacks = Files.createDirectories(shared.resolve("callbacks"));
        DataSource database = database();
        DefaultCamelContext context = new DefaultCamelContext();
        VertxPlatformHttpServerConfiguration http = new VertxPlatformHttpServerConfiguration();
        http.setBindHost("127.0.0.1");
        http.setBindPort(0);
        VertxPlatformHttpServer server = new VertxPlatformHttpServer(http);
        context.addService(server);
        // tag::cluster-service[]
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(name);
        cluster.setRoot(shared.resolve("cluster").toString()); // a folder every replica sees
        cluster.setAcquireLockDelay(LOCK_INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(LOCK_INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
        cluster.setHeartbeatTimeoutMultiplier(HEARTBEAT_TIMEOUT_MULTIPLIER);
        context.addService(cluster);
        // end::cluster-service[]
        // tag::shared-task-state[]
        TrtcComponent trtc = component(endpoint, REPLICAS);
        // every endpoint of the component, producers included: a started task reaches the leader's polling consumer
        trtc.getConfiguration().setStateRepository(new JdbcStateRepository(database)); // on PostgreSQL
        // end::shared-task-state[]
        context.addComponent("trtc", trtc);
        TrtcCallbacksComponent callbackComponent = new TrtcCallbacksComponent();
        callbackComponent.setCallbackSecret(System.getenv("CLUSTER_CALLBACK_KEY"));
        context.addComponent("trtc-callbacks", callbackComponent);
        context.getRegistry().bind("seen", SharedStateSnippets.callbackRepository(database, "trtc-callbacks"));
        context.addRoutePolicyFactory((camelContext, routeId, route) -> "polling".equals(routeId)
                ? new Announce(name) : null);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() throws Exception {
                // tag::leader-only-route[]
                from("trtc:describeAITranscription?stateKey=" + STATE_KEY + "&delay=500").routeId("polling")
                        .routePolicy(ClusteredRoutePolicy.forNamespace("trtc-polling")) // runs on the leader only
                        .process(exchange -> record(events, name, exchange));
                // end::leader-only-route[]
                from("platform-http:/start?httpMethodRestrict=POST").routeId("start")
                        .convertBodyTo(String.class)
                        .to("trtc:startAITranscription")
                        .setBody(header(TrtcConstants.TASK_ID));
                from("trtc-callbacks:" + CALLBACK_PATH + "?idempotentRepository=#seen").routeId("callbacks")
                        .choice().when(header(TrtcCallbacksConstants.TASK_STATE).isEqualTo("ENDED"))
                        // a stop callback: the task's end, as the polling route records it
                        .process(exchange -> Files.createFile(events.resolve(exchange.getMessage()
                                .getHeader(TrtcCallbacksConstants.TASK_ID) + "~pushed~true~" + name + "~"
                                + UUID.randomUUID())))
                        .otherwise()
                        .process(exchange -> Files.createFile(callbacks.resolve(exchange.getMessage()
                                .getBody(Sentence.class).text() + "~" + name + "~" + UUID.randomUUID())));
            }
        });
        context.start();
        System.out.println("PORT " + name + " " + server.getServer().actualPort());
        System.out.println("READY " + name);
        Thread.currentThread().join(); // until the test destroys this process
    }

    /** The replica's connection pool on the shared database. */
    private static DataSource database() {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(System.getenv("CLUSTER_DB_URL"));
        pool.setUsername(System.getenv("CLUSTER_DB_USER"));
        pool.setPassword(System.getenv("CLUSTER_DB_PASSWORD"));
        pool.setMaximumPoolSize(2);
        pool.setMinimumIdle(0);
        pool.setConnectionTimeout(10_000);
        return new HikariDataSource(pool);
    }

    private static void record(Path events, String name, Exchange exchange) throws Exception {
        String taskId = exchange.getMessage().getHeader(TrtcConstants.TASK_ID, String.class);
        String status = exchange.getMessage().getHeader(TrtcConstants.STATUS, String.class);
        boolean ended = exchange.getMessage().getHeader(TrtcConstants.TASK_ENDED, false, Boolean.class);
        Files.createFile(events.resolve(taskId + "~" + status + "~" + ended + "~" + name + "~" + UUID.randomUUID()));
    }

    /** Says when the polling route starts and stops, i.e. when this replica gains and loses leadership. */
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

    private static void load(String name, String endpoint, int calls, int replicas, String taskId) throws Exception {
        DefaultCamelContext context = new DefaultCamelContext();
        TrtcComponent trtc = component(endpoint, replicas);
        trtc.getConfiguration().setRetryAttempts(1);
        trtc.getConfiguration().setRateLimitMaxWait(120_000);
        context.addComponent("trtc", trtc);
        context.start();
        System.out.println("READY " + name);
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        List<CompletableFuture<Exchange>> sent = new ArrayList<>();
        ProducerTemplate template = context.createProducerTemplate();
        for (int i = 0; i < calls; i++) {
            sent.add(template.asyncSend("trtc:describeAITranscription?taskId=" + taskId,
                    e -> {
                    }));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
        System.out.println("DONE " + name);
        context.stop();
    }
}
