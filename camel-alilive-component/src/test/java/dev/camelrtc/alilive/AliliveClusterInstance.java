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
package dev.camelrtc.alilive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;

import dev.camelrtc.alilive.callback.AliliveCallbacksComponent;
import dev.camelrtc.support.jdbc.JdbcStateRepository;
import dev.camelrtc.support.testing.CallbackDeliveries;
import dev.camelrtc.support.testing.ClusterEvents;
import dev.camelrtc.support.testing.ClusterReplica;
import dev.camelrtc.support.testing.ReplicaProcess;

/**
 * One replica of {@link AliliveClusterFailoverTest}, in a JVM of its own (support's {@link ClusterReplica}): the
 * alilive component (credentials from the environment, its QPS shared by three replicas), a
 * {@code alilive:queryRtcAsrTasks} polling route under a {@link ClusteredRoutePolicy} with its followed tasks in the
 * shared state, whose events become files {@code TASK~STATUS~ENDED~NAME~UUID} in {@code SHARED_DIR/events}, and an
 * {@code alilive-callbacks} route on every replica (AuthKey from {@code CLUSTER_CALLBACK_KEY}) de-duplicating through
 * the shared repositories, whose results become files {@code TEXT~NAME~UUID} in {@code SHARED_DIR/callbacks}. Arguments:
 * {@code NAME ENDPOINT SHARED_DIR}; runs until its process is destroyed.
 */
public final class AliliveClusterInstance {

    static final int REPLICAS = 3;
    static final String STATE_KEY = "cluster";
    static final String CALLBACK_PATH = "/alilive/results";
    /** The CallbackURL the tasks were created with, which the sender signs. */
    static final String CALLBACK_URL = "http://cluster.example.com" + CALLBACK_PATH;

    private AliliveClusterInstance() {
    }

    /** This class in a JVM of its own, the simulator's key in its environment. */
    static ReplicaProcess start(String name, Map<String, String> environment, String... args) throws IOException {
        Map<String, String> all = new HashMap<>(environment);
        all.put(AliliveConfiguration.ENV_ACCESS_KEY_ID, SimulatedAlilive.KEY_ID);
        all.put(AliliveConfiguration.ENV_ACCESS_KEY_SECRET, SimulatedAlilive.KEY_SECRET);
        return ReplicaProcess.start(AliliveClusterInstance.class, name, all, args);
    }

    public static void main(String[] args) throws Exception {
        String name = args[0];
        String endpoint = args[1];
        Path shared = Path.of(args[2]);
        Path events = Files.createDirectories(shared.resolve("events"));
        Path callbacks = Files.createDirectories(shared.resolve("callbacks"));
        DataSource database = ClusterReplica.database();
        DefaultCamelContext context = new DefaultCamelContext();
        VertxPlatformHttpServer server = ClusterReplica.addHttpServer(context);
        ClusterReplica.addClusterService(context, name, shared);
        AliliveComponent alilive = new AliliveComponent();
        alilive.getConfiguration().setEndpoint(endpoint);
        alilive.setRateLimitReplicas(REPLICAS);
        context.addComponent("alilive", alilive);
        AliliveCallbacksComponent callbackComponent = new AliliveCallbacksComponent();
        callbackComponent.setAuthKey(System.getenv("CLUSTER_CALLBACK_KEY"));
        context.addComponent("alilive-callbacks", callbackComponent);
        ClusterReplica.bindCallbackRepositories(context, database, "alilive-callbacks");
        ClusterReplica.announceLeadership(context, "polling", name);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() throws Exception {
                AliliveEndpoint polling = getContext().getEndpoint("alilive:queryRtcAsrTasks?stateKey=" + STATE_KEY
                        + "&delay=500&followStartedTasks=false&discoverTasks=false", AliliveEndpoint.class);
                polling.getConfiguration().setStateRepository(new JdbcStateRepository(database));
                from(polling).routeId("polling").routePolicy(ClusteredRoutePolicy.forNamespace("alilive-polling"))
                        .process(exchange -> ClusterEvents.record(events, name, exchange, AliliveTaskConsumer.HEADERS));
                from("alilive-callbacks:" + CALLBACK_PATH + "?callbackUrl=RAW(" + CALLBACK_URL
                     + ")&idempotentRepository=#seen&inProgressRepository=#inProgress").routeId("callbacks")
                        .process(exchange -> CallbackDeliveries.record(callbacks,
                                exchange.getMessage().getBody(JsonNode.class).path("Text").asText(), name));
            }
        });
        ClusterReplica.run(context, name, server);
    }
}
