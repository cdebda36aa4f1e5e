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
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;

import dev.camelrtc.support.jdbc.JdbcStateRepository;
import dev.camelrtc.support.testing.CallbackDeliveries;
import dev.camelrtc.support.testing.ClusterEvents;
import dev.camelrtc.support.testing.ClusterReplica;
import dev.camelrtc.support.testing.ReplicaProcess;
import dev.camelrtc.trtc.callback.Sentence;
import dev.camelrtc.trtc.callback.TrtcCallbacksComponent;
import dev.camelrtc.trtc.callback.TrtcCallbacksConstants;

/**
 * One replica of {@link ClusterFailoverTest}, in a JVM of its own, as a user's instance would be (support's
 * {@link ClusterReplica}: Camel's file-lock cluster service on the shared folder, the shared state on PostgreSQL): a
 * CamelContext with the trtc component (credentials from the environment) and
 * <ul>
 * <li>{@code follow NAME ENDPOINT SHARED_DIR}: a {@code trtc:describeAITranscription} polling route under a
 * {@link ClusteredRoutePolicy}, so that only the leader polls, with its followed tasks in the shared state; every event
 * becomes a file {@code TASK~STATUS~ENDED~NAME~UUID} in {@code SHARED_DIR/events}; and a {@code trtc-callbacks} route
 * on every replica (key from {@code CLUSTER_CALLBACK_KEY}), de-duplicating through the shared repositories of
 * processed and in-progress callbacks, whose sentences become files {@code TEXT~NAME~UUID} in
 * {@code SHARED_DIR/callbacks}; and {@code POST /start} on the callback port, whose JSON body goes to a
 * {@code trtc:startAITranscription} producer and whose answer is the task id (the producer posts the task to the
 * shared state, for the leader to follow). Prints {@code PORT NAME N} (its callback port) and {@code READY NAME} once
 * started, {@code LEADER NAME} when its polling route starts and {@code FOLLOWER NAME} when it stops (e.g. a leader
 * that found its own heartbeat stale on a loaded machine).</li>
 * <li>{@code callbacks NAME SHARED_DIR HOLD}: the trtc-callbacks route alone, as above; with {@code HOLD=true} its
 * route holds every sentence until the process is destroyed (see {@code CallbackCrashTest}).</li>
 * <li>{@code load NAME ENDPOINT CALLS REPLICAS TASK_ID}: once a line arrives on standard input, sends {@code CALLS}
 * DescribeAITranscription calls at once with {@code rateLimitReplicas=REPLICAS} and one attempt each, then prints
 * {@code DONE NAME}.</li>
 * </ul>
 * Either way it runs until its process is destroyed (or, for load, its calls are done).
 */
public final class ClusterInstance {

    /** The consumers' QPS budget for DescribeAITranscription, shared by three replicas. */
    static final int DESCRIBE_QPS = 90;
    static final int REPLICAS = 3;
    static final String STATE_KEY = "cluster";
    static final String CALLBACK_PATH = "/trtc/events";

    private ClusterInstance() {
    }

    /** This class in a JVM of its own, the simulator's key in its environment. */
    static ReplicaProcess start(String name, Map<String, String> environment, String... args) throws IOException {
        Map<String, String> all = new HashMap<>(environment);
        all.put("TENCENTCLOUD_SECRET_ID", SimulatedTrtc.SECRET_ID);
        all.put("TENCENTCLOUD_SECRET_KEY", SimulatedTrtc.SECRET_KEY);
        return ReplicaProcess.start(ClusterInstance.class, name, all, args);
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "follow" -> follow(args[1], args[2], Path.of(args[3]));
            case "callbacks" -> callbacks(args[1], Path.of(args[2]), Boolean.parseBoolean(args[3]));
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
        DataSource database = ClusterReplica.database();
        DefaultCamelContext context = new DefaultCamelContext();
        VertxPlatformHttpServer server = callbackServer(context, database);
        ClusterReplica.addClusterService(context, name, shared);
        // tag::shared-task-state[]
        TrtcComponent trtc = component(endpoint, REPLICAS);
        // every endpoint of the component, producers included: a started task reaches the leader's polling consumer
        trtc.getConfiguration().setStateRepository(new JdbcStateRepository(database)); // on PostgreSQL
        // end::shared-task-state[]
        context.addComponent("trtc", trtc);
        ClusterReplica.announceLeadership(context, "polling", name);
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
                from(CALLBACK_URI).routeId("callbacks")
                        .choice().when(header(TrtcCallbacksConstants.TASK_STATE).isEqualTo("ENDED"))
                        // a stop callback: the task's end, as the polling route records it
                        .process(exchange -> ClusterEvents.record(events, new ClusterEvents.Event(exchange
                                .getMessage().getHeader(TrtcCallbacksConstants.TASK_ID, String.class), "pushed", true,
                                name)))
                        .otherwise()
                        .process(exchange -> routed(callbacks, name, exchange));
            }
        });
        ClusterReplica.run(context, name, server);
    }

    private static final String CALLBACK_URI = "trtc-callbacks:" + CALLBACK_PATH
                                               + "?idempotentRepository=#seen&inProgressRepository=#inProgress";

    /**
     * The platform-http server on a free port, the trtc-callbacks component (key from {@code CLUSTER_CALLBACK_KEY})
     * and the shared repositories of processed and in-progress callbacks, bound as {@code seen} and {@code inProgress}.
     */
    private static VertxPlatformHttpServer callbackServer(DefaultCamelContext context, DataSource database)
            throws Exception {
        VertxPlatformHttpServer server = ClusterReplica.addHttpServer(context);
        TrtcCallbacksComponent callbackComponent = new TrtcCallbacksComponent();
        callbackComponent.setCallbackSecret(System.getenv("CLUSTER_CALLBACK_KEY"));
        context.addComponent("trtc-callbacks", callbackComponent);
        ClusterReplica.bindCallbackRepositories(context, database, "trtc-callbacks");
        return server;
    }

    /** Kept by name: the docs show the route that calls it. */
    private static void record(Path events, String name, Exchange exchange) throws IOException {
        ClusterEvents.record(events, name, exchange, TrtcTaskConsumer.HEADERS);
    }

    private static void routed(Path callbacks, String name, Exchange exchange) throws IOException {
        CallbackDeliveries.record(callbacks, exchange.getMessage().getBody(Sentence.class).text(), name);
    }

    /**
     * Only the trtc-callbacks route; with {@code hold} its route never completes (a slow step that lasts until the
     * process is destroyed): it prints {@code HOLDING NAME TEXT} for each sentence it holds.
     */
    private static void callbacks(String name, Path shared, boolean hold) throws Exception {
        Path callbacks = Files.createDirectories(shared.resolve("callbacks"));
        DefaultCamelContext context = new DefaultCamelContext();
        VertxPlatformHttpServer server = callbackServer(context, ClusterReplica.database());
        CountDownLatch never = new CountDownLatch(1);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(CALLBACK_URI).routeId("callbacks").process(exchange -> {
                    if (hold) {
                        System.out.println("HOLDING " + name + " " + exchange.getMessage().getBody(Sentence.class)
                                .text());
                        never.await();
                    }
                    routed(callbacks, name, exchange);
                });
            }
        });
        ClusterReplica.run(context, name, server);
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
