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
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.camelrtc.alilive.callback.AsrCallbackServer;
import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.simulator.SimulatorTimings;
import dev.camelrtc.support.docs.SharedStateSnippets;
import dev.camelrtc.support.jdbc.JdbcStateRepository;
import dev.camelrtc.support.tasks.TaskStore;
import dev.camelrtc.support.testing.CallbackDeliveries;
import dev.camelrtc.support.testing.CamelContexts;
import dev.camelrtc.support.testing.ClusterEvents;
import dev.camelrtc.support.testing.ClusterEvents.Event;
import dev.camelrtc.support.testing.ClusterReplica;
import dev.camelrtc.support.testing.PostgresDatabase;
import dev.camelrtc.support.testing.ReplicaProcess;

import static dev.camelrtc.support.testing.ClusterEvents.endedTasks;
import static dev.camelrtc.support.testing.ClusterEvents.tasksWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * alilive across JVMs, as {@code ClusterFailoverTest} shows trtc: three replicas ({@link AliliveClusterInstance}), one
 * polling leader among them through Camel's {@code FileLockClusterService} and {@code ClusteredRoutePolicy}, follow
 * 60 RtcAsr tasks on the simulator with the followed tasks on PostgreSQL; the leader is killed while it delivers the
 * first half's ends. 40 result callbacks arrive, each at two replicas (half before the kill, half during the
 * takeover), de-duplicated through camel-sql's repositories. Prints {@code cluster (alilive): N tasks, L lost
 * transitions, D duplicate events, T throttled calls} with L = D = T = 0; the one status a killed leader may have
 * delivered without recording it (at-least-once) is counted apart.
 */
class AliliveClusterFailoverTest {

    private static final int TASKS = 60;
    private static final int CALLBACKS = 40;
    private static final String CALLBACK_KEY = "AliliveClusterAuthKey0123456789";
    private static final Duration TAKEOVER_ALLOWANCE = Duration.ofSeconds(10);

    @RegisterExtension
    static final PostgresDatabase DB = new PostgresDatabase();

    @RegisterExtension
    static final RtcSimulatorExtension SIM = RtcSimulatorExtension.builder()
            .aliyunKey(SimulatedAlilive.KEY_ID, SimulatedAlilive.KEY_SECRET)
            .timings(SimulatorTimings.fast().withStoppedGrace(Duration.ofMinutes(5))).build();

    /**
     * The test's own client, with the replicas' AccessKey (Alibaba lists the tasks of the account that created them);
     * it creates the tasks before the replicas run and then only stops them (an action the replicas do not call).
     */
    @RegisterExtension
    final CamelContexts camel = CamelContexts.eachTest("alilive", () -> SimulatedAlilive.component(SIM), null);

    @TempDir
    Path shared;

    private final List<ReplicaProcess> replicas = new ArrayList<>();
    private final CallbackDeliveries cloud = new CallbackDeliveries(AliliveClusterInstance.CALLBACK_PATH,
            body -> AsrCallbackServer.signedNow(AliliveClusterInstance.CALLBACK_URL,
                    CALLBACK_KEY));

    @AfterEach
    void killReplicas() throws Exception {
        for (ReplicaProcess replica : replicas) {
            replica.close();
        }
    }

    @Test
    void oneLeaderPollsAndATakeoverLosesAndRepeatsNothing() throws Exception {
        long throttledBefore = SIM.simulator().throttledCalls();
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            tasks.add(AliliveConsumerTest.create(camel.template(), "cluster-" + i));
        }
        seedSharedState(tasks);
        for (String name : List.of("alilive-a", "alilive-b", "alilive-c")) {
            replicas.add(AliliveClusterInstance.start(name, Map.of("CLUSTER_DB_URL", DB.url(), "CLUSTER_DB_USER",
                    DB.user(), "CLUSTER_DB_PASSWORD", DB.password(), "CLUSTER_CALLBACK_KEY", CALLBACK_KEY), name,
                    SIM.simulator().baseUrl(), shared.toString()));
        }
        await("three replicas, one leader").atMost(Duration.ofSeconds(90))
                .failFast("a replica ended; its log is in target/cluster-replicas",
                        () -> replicas.stream().anyMatch(r -> !r.alive()))
                .until(() -> replicas.stream().allMatch(r -> r.printed("READY " + r.name()) >= 0)
                             && leaders().size() == 1);
        await("every task running").atMost(Duration.ofSeconds(120))
                .until(() -> tasksWith(events(), e -> e.status().equals("1")).size() == TASKS);
        postCallbacks(0, CALLBACKS / 2);

        List<String> first = tasks.subList(0, TASKS / 2);
        first.forEach(id -> AliliveConsumerTest.stop(camel.template(), id));
        await("some ends of the first half").atMost(Duration.ofSeconds(120))
                .until(() -> endedTasks(events()).stream().filter(first::contains).count() >= TASKS / 8);
        ReplicaProcess leader = leaders().get(0);
        long killedAt = leader.kill();
        await("a new leader after " + leader.name()).atMost(Duration.ofSeconds(120))
                .until(() -> leaders().size() == 1);
        ReplicaProcess next = leaders().get(0);
        Duration takeover = Duration.ofNanos(next.lastOf("LEADER " + next.name()).nanos() - killedAt);
        postCallbacks(CALLBACKS / 2, CALLBACKS);
        tasks.subList(TASKS / 2, TASKS).forEach(id -> AliliveConsumerTest.stop(camel.template(), id));
        await("every task's end").atMost(Duration.ofSeconds(180)).until(() -> endedTasks(events()).size() == TASKS);

        List<Event> events = events();
        Map<String, Long> results = CallbackDeliveries.routed(shared.resolve("callbacks"));
        int lost = TASKS - tasksWith(events, e -> e.status().equals("1")).size() + TASKS - endedTasks(events).size()
                   + CALLBACKS - results.size();
        ClusterEvents.Copies copies = ClusterEvents.copies(events, Set.of(leader.name()));
        int redelivered = copies.redelivered();
        int duplicates = copies.duplicates() + (int) results.values().stream().mapToLong(n -> n - 1).sum();
        long throttled = SIM.simulator().throttledCalls() - throttledBefore;
        System.out.printf("cluster (alilive): %d tasks, %d lost transitions, %d duplicate events, %d throttled calls%n",
                TASKS, lost, duplicates, throttled);
        System.out.printf("cluster (alilive): %d events, %d redelivered after the crash, %d callbacks posted twice,"
                          + " takeover %s (promised %s + %s)%n", events.size(), redelivered, CALLBACKS, takeover,
                ClusterReplica.promisedTakeover(), TAKEOVER_ALLOWANCE);
        assertThat(lost).isZero();
        assertThat(duplicates).isZero();
        assertThat(throttled).isZero();
        assertThat(redelivered).isLessThanOrEqualTo(1);
        assertThat(takeover).isLessThanOrEqualTo(ClusterReplica.promisedTakeover().plus(TAKEOVER_ALLOWANCE));
    }

    /** The tasks the replicas follow, as a leader stores them, and the callbacks' table, before any replica runs. */
    private void seedSharedState(List<String> tasks) throws Exception {
        String key = camel.context().getEndpoint("alilive:queryRtcAsrTasks").getEndpointBaseUri() + ":"
                     + AliliveClusterInstance.STATE_KEY;
        JdbcStateRepository state = new JdbcStateRepository(DB.dataSource());
        state.start();
        tasks.forEach(id -> state.put(key, new TaskStore.StoredTask(id, null, Map.of())));
        state.stop();
        JdbcMessageIdRepository seen = SharedStateSnippets.callbackRepository(DB.dataSource(), "alilive-callbacks");
        seen.start();
        seen.stop();
    }

    /** Results {@code from} to {@code to}, each delivered to two replicas alive at once, until each answers 200. */
    private void postCallbacks(int from, int to) {
        List<ReplicaProcess> alive = replicas.stream().filter(ReplicaProcess::alive).toList();
        List<CompletableFuture<Integer>> deliveries = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String body = "{\"TaskId\":\"cluster-results\",\"Index\":" + i + ",\"Text\":\"result-" + i
                          + "\",\"Final\":true}";
            deliveries.add(cloud.deliver(body, alive, i));
            deliveries.add(cloud.deliver(body, alive, i + 1));
        }
        deliveries.forEach(d -> assertThat(d.join()).isEqualTo(200));
    }

    private List<ReplicaProcess> leaders() {
        return ClusterEvents.leaders(replicas);
    }

    private List<Event> events() throws IOException {
        return ClusterEvents.read(shared.resolve("events"));
    }
}
