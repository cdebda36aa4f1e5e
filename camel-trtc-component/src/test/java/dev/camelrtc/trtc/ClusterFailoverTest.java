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

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.camel.Exchange;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.camelrtc.simulator.RtcSimulator;
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
import dev.camelrtc.trtc.callback.CallbackServer;
import dev.camelrtc.trtc.model.StartAITranscriptionRequest;
import dev.camelrtc.trtc.model.StartAITranscriptionResponse;
import dev.camelrtc.trtc.model.TranscriptionParams;

import static dev.camelrtc.support.testing.ClusterEvents.endedTasks;
import static dev.camelrtc.support.testing.ClusterEvents.tasksWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three replicas in separate JVMs, one polling leader among them through Camel's {@code FileLockClusterService} and
 * {@code ClusteredRoutePolicy}, follow 300 tasks on the simulator; the leader is killed while it delivers the first
 * hundred tasks' ends, the next leader while it delivers the second hundred's. 150 sentence callbacks arrive at the
 * replicas, each at two of them (half before the first kill, half during the first takeover), de-duplicated through
 * camel-sql's repository on PostgreSQL. Every task's InProgress and end and every sentence arrive, none twice, and no call is throttled although every replica polls with the same credentials: {@code cluster: N
 * tasks, L lost transitions, D duplicate events, T throttled calls}, with L = D = T = 0. The followed tasks and their
 * delivered statuses are on PostgreSQL ({@code JdbcStateRepository}, one row per task). The one event a killed leader
 * may have delivered without recording it (at-least-once, see docs/several-instances.adoc) is counted apart, as a
 * redelivery after a crash, at most one per kill. Each takeover is within what that page promises.
 * <p>
 * Then tasks started by the followers' producers: the leader follows them from the shared state, a follower that
 * becomes leader follows none again that another leader ended, and tasks started after the takeover are followed by
 * the new leader: {@code follower starts: N tasks started on followers, F followed by the leader, L lost transitions,
 * D duplicate events}.
 */
class ClusterFailoverTest {

    private static final int TASKS = 300;
    private static final int WAVE = TASKS / 3;
    private static final long SDK_APP_ID = 1400000315L;
    /** Route start-up and JVM scheduling on a loaded machine, on top of the file-lock service's own bound. */
    private static final Duration TAKEOVER_ALLOWANCE = Duration.ofSeconds(10);
    /** Sentences Tencent pushes, each delivered to two replicas (a redelivery reaching another one). */
    private static final int CALLBACKS = 150;
    private static final int ENDS = 60;
    private static final String CALLBACK_KEY = "ClusterCallbackKey0123456789abcd";

    /** The shared state; the class is skipped when PostgreSQL cannot be reached. */
    @RegisterExtension
    static final PostgresDatabase DB = new PostgresDatabase();

    @RegisterExtension
    static final RtcSimulatorExtension SIM = RtcSimulatorExtension.builder()
            .tencentKey(SimulatedTrtc.SECRET_ID, SimulatedTrtc.SECRET_KEY)
            .timings(SimulatorTimings.fast().withStoppedGrace(Duration.ofMinutes(5)))
            .qpsLimit("DescribeAITranscription", ClusterInstance.DESCRIBE_QPS).build();

    /** The test's own client, with the simulator's demo key: its calls are not counted against the replicas'. */
    @RegisterExtension
    final CamelContexts camel = CamelContexts.eachTest("trtc", () -> SimulatedTrtc.component(
            SIM.simulator().baseUrl(), RtcSimulator.DEMO_TENCENT_SECRET_ID, RtcSimulator.DEMO_TENCENT_SECRET_KEY,
            SDK_APP_ID), null);

    @TempDir
    Path shared;

    private final List<ReplicaProcess> replicas = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final CallbackDeliveries cloud = new CallbackDeliveries(ClusterInstance.CALLBACK_PATH,
            body -> Map.of("SdkAppId", String.valueOf(SDK_APP_ID), "Sign", CallbackServer.sign(CALLBACK_KEY,
                    body.getBytes(StandardCharsets.UTF_8))));

    @AfterEach
    void killReplicas() throws Exception {
        for (ReplicaProcess replica : replicas) {
            replica.close();
        }
    }

    @Test
    void oneLeaderPollsAndTakeoversLoseAndRepeatNothing() throws Exception {
        long throttledBefore = SIM.simulator().throttledCalls();
        List<String> tasks = startTasks();
        seedSharedState(tasks);
        startReplicas();
        await("every task's InProgress").atMost(Duration.ofSeconds(120))
                .until(() -> tasksWith(events(), e -> e.status().equals("InProgress")).size() == TASKS);
        postCallbacks(0, CALLBACKS / 2);

        List<Duration> takeovers = new ArrayList<>();
        Set<String> killed = new HashSet<>();
        for (int wave = 0; wave < 2; wave++) {
            List<String> stopping = tasks.subList(wave * WAVE, (wave + 1) * WAVE);
            stop(stopping);
            await("some ends of wave " + wave).atMost(Duration.ofSeconds(120))
                    .until(() -> endedTasks(events()).stream().filter(stopping::contains).count() >= WAVE / 4);
            ReplicaProcess leader = await("one leader in wave " + wave).atMost(Duration.ofSeconds(120))
                    .until(this::leaders, l -> l.size() == 1).get(0);
            long killedAt = leader.kill();
            killed.add(leader.name());
            await("a new leader after " + leader.name()).atMost(Duration.ofSeconds(120))
                    .until(() -> leaders().size() == 1);
            ReplicaProcess next = leaders().get(0);
            takeovers.add(Duration.ofNanos(next.lastOf("LEADER " + next.name()).nanos() - killedAt));
            if (wave == 0) {
                postCallbacks(CALLBACKS / 2, CALLBACKS);
            }
        }
        stop(tasks.subList(2 * WAVE, TASKS));
        await("every task's end").atMost(Duration.ofSeconds(180))
                .until(() -> endedTasks(events()).size() == TASKS);

        List<Event> events = events();
        Map<String, Long> sentences = CallbackDeliveries.routed(shared.resolve("callbacks"));
        int lost = TASKS - tasksWith(events, e -> e.status().equals("InProgress")).size()
                   + TASKS - endedTasks(events).size() + CALLBACKS - sentences.size();
        ClusterEvents.Copies copies = ClusterEvents.copies(events, killed);
        int redelivered = copies.redelivered();
        int duplicates = copies.duplicates() + (int) sentences.values().stream().mapToLong(n -> n - 1).sum();
        long throttled = SIM.simulator().throttledCalls() - throttledBefore;
        System.out.printf("cluster: %d tasks, %d lost transitions, %d duplicate events, %d throttled calls%n",
                TASKS, lost, duplicates, throttled);
        System.out.printf("cluster: %d events, %d redelivered after a crash, %d callbacks posted twice and routed %d"
                          + " times, takeovers %s (promised %s + %s)%n", events.size(), redelivered, CALLBACKS,
                sentences.values().stream().mapToLong(Long::longValue).sum(), takeovers, ClusterReplica.promisedTakeover(),
                TAKEOVER_ALLOWANCE);
        assertThat(lost).isZero();
        assertThat(duplicates).isZero();
        assertThat(throttled).isZero();
        // a leader records each delivered status as its exchange completes: a crash repeats at most the one in flight
        assertThat(redelivered).isLessThanOrEqualTo(killed.size());
        assertThat(takeovers).hasSize(2)
                .allSatisfy(t -> assertThat(t).isLessThanOrEqualTo(ClusterReplica.promisedTakeover().plus(TAKEOVER_ALLOWANCE)));
    }

    @Test
    void tasksStartedOnFollowersAreFollowedByTheLeaderAndEndOnce() throws Exception {
        clearSharedState();
        startReplicas();
        ReplicaProcess leader = leaders().get(0);
        List<ReplicaProcess> followers = replicas.stream().filter(r -> r != leader).toList();
        // 40 tasks started by the two followers' producers, half of them stopped (ends delivered by the leader)
        List<String> tasks = new ArrayList<>(startOn(followers, 40, 0));
        await("every task's InProgress").atMost(Duration.ofSeconds(120))
                .until(() -> tasksWith(events(), e -> e.status().equals("InProgress")).containsAll(tasks));
        stop(tasks.subList(0, 20));
        await("the first 20 ends").atMost(Duration.ofSeconds(120))
                .until(() -> endedTasks(events()).containsAll(tasks.subList(0, 20)));

        // a follower that started tasks leads: it follows none of the ended ones again, and the tasks of the other
        leader.kill();
        ReplicaProcess next = await("a new leader").atMost(Duration.ofSeconds(120))
                .until(this::leaders, l -> l.size() == 1).get(0);
        List<ReplicaProcess> left = replicas.stream().filter(r -> r.alive() && r != next).toList();
        tasks.addAll(startOn(left, 20, 40));
        await("every task's InProgress after the takeover").atMost(Duration.ofSeconds(120))
                .until(() -> tasksWith(events(), e -> e.status().equals("InProgress")).containsAll(tasks));
        stop(tasks.subList(20, tasks.size()));
        await("every task's end").atMost(Duration.ofSeconds(180))
                .until(() -> endedTasks(events()).containsAll(tasks));

        List<Event> events = events();
        Set<String> followed = tasksWith(events, e -> true);
        int lost = tasks.size() - tasksWith(events, e -> e.status().equals("InProgress")).size()
                   + tasks.size() - endedTasks(events).size();
        ClusterEvents.Copies copies = ClusterEvents.copies(events, Set.of(leader.name()));
        int duplicates = copies.duplicates();
        int redelivered = copies.redelivered();
        System.out.printf("follower starts: %d tasks started on followers, %d followed by the leader, %d lost"
                          + " transitions, %d duplicate events%n", tasks.size(), followed.size(), lost, duplicates);
        System.out.printf("follower starts: %d events, %d redelivered after the crash, leaders %s then %s, unknown"
                          + " tasks %d%n", events.size(), redelivered, leader.name(), next.name(),
                followed.stream().filter(id -> !tasks.contains(id)).count());
        assertThat(followed).containsExactlyInAnyOrderElementsOf(tasks);
        assertThat(lost).isZero();
        assertThat(duplicates).isZero();
        assertThat(redelivered).isLessThanOrEqualTo(1);
    }

    /**
     * A task's end seen by a stop callback (902) on a follower and by the leader's poll is delivered once per cluster,
     * through the claims in the shared database. A third of the tasks get their 902 before they are stopped (the push
     * consumer delivers the end, the leader's poll then forgets the task), a third once the leader delivered the end
     * (the callback is answered without an exchange), and a third race: their 902 is posted 0 to 900 ms after the
     * stop, while the leader polls every 500 ms.
     */
    @Test
    void stopCallbacksOnFollowersAndTheLeadersPollDeliverEachEndOnce() throws Exception {
        clearSharedState();
        startReplicas();
        ReplicaProcess leader = leaders().get(0);
        List<ReplicaProcess> followers = replicas.stream().filter(r -> r != leader).toList();
        List<String> tasks = startOn(followers, ENDS, 1000);
        await("every task's InProgress").atMost(Duration.ofSeconds(120))
                .until(() -> tasksWith(events(), e -> e.status().equals("InProgress")).containsAll(tasks));
        List<String> pushedFirst = new ArrayList<>();
        List<String> polledFirst = new ArrayList<>();
        List<String> racing = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            (i % 3 == 0 ? pushedFirst : i % 3 == 1 ? polledFirst : racing).add(tasks.get(i));
        }

        pushedFirst.stream().map(id -> stopCallback(id, followers, 0)).toList()
                .forEach(answer -> assertThat(answer.join()).isEqualTo(200));
        List<CompletableFuture<Integer>> answers = new ArrayList<>();
        for (String taskId : tasks) {
            stop(List.of(taskId));
            int at = racing.indexOf(taskId);
            if (at >= 0) {
                answers.add(stopCallback(taskId, followers, (at % 10) * 100L));
            }
        }
        await("the leader's ends of the tasks stopped without a callback").atMost(Duration.ofSeconds(120))
                .until(() -> endedTasks(events()).containsAll(polledFirst));
        polledFirst.forEach(id -> answers.add(stopCallback(id, followers, 0)));
        answers.forEach(answer -> assertThat(answer.join()).isEqualTo(200));
        await("every end delivered and every task forgotten by the leader").atMost(Duration.ofSeconds(180))
                .until(() -> endedTasks(events()).containsAll(tasks) && rows(JdbcStateRepository.TASK_TABLE) == 0
                             && rows(JdbcStateRepository.FOLLOW_TABLE) == 0);

        List<Event> ends = events().stream().filter(e -> e.ended() && tasks.contains(e.taskId())).toList();
        Map<String, List<Event>> endsPerTask = ends.stream().collect(Collectors.groupingBy(Event::taskId));
        long duplicates = endsPerTask.values().stream().mapToInt(e -> e.size() - 1).sum();
        long lost = tasks.size() - endsPerTask.size();
        Set<String> pushed = tasksWith(ends, e -> e.status().equals("pushed"));
        System.out.printf("cluster ends: %d tasks, %d ends delivered, %d duplicate ends, %d lost%n", tasks.size(),
                ends.size(), duplicates, lost);
        System.out.printf("cluster ends: %d by stop callbacks on followers, %d by the leader's poll (%s); racing"
                          + " tasks: %d pushed, %d polled%n", pushed.size(), ends.size() - pushed.size(),
                leader.name(), racing.stream().filter(pushed::contains).count(),
                racing.stream().filter(id -> !pushed.contains(id)).count());
        assertThat(duplicates).isZero();
        assertThat(lost).isZero();
        assertThat(pushed).containsAll(pushedFirst).doesNotContainAnyElementsOf(polledFirst);
    }

    /** Posts the task's 902 to a follower after {@code delayMillis}, as the cloud delivers callbacks; its answer. */
    private CompletableFuture<Integer> stopCallback(String taskId, List<ReplicaProcess> followers, long delayMillis) {
        int replica = Math.abs(taskId.hashCode());
        return CompletableFuture.supplyAsync(() -> CallbackServer.stopped(taskId, 20_000L),
                CompletableFuture.delayedExecutor(delayMillis, TimeUnit.MILLISECONDS))
                .thenCompose(body -> cloud.deliver(body, followers, replica));
    }

    private static long rows(String table) throws SQLException {
        try (var connection = DB.dataSource().getConnection(); var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void startReplicas() throws IOException {
        for (String name : List.of("replica-a", "replica-b", "replica-c")) {
            replicas.add(ClusterInstance.start(name, Map.of("CLUSTER_DB_URL", DB.url(), "CLUSTER_DB_USER", DB.user(),
                    "CLUSTER_DB_PASSWORD", DB.password(), "CLUSTER_CALLBACK_KEY", CALLBACK_KEY), "follow", name,
                    SIM.simulator().baseUrl(), shared.toString()));
        }
        await("three replicas, one leader").atMost(Duration.ofSeconds(90))
                .failFast("a replica ended; its log is in target/cluster-replicas",
                        () -> replicas.stream().anyMatch(r -> !r.alive()))
                .until(() -> replicas.stream().allMatch(r -> r.printed("READY " + r.name()) >= 0)
                             && leaders().size() == 1);
    }

    /** Starts {@code count} tasks through the replicas' {@code /start} routes, in turn; their task ids. */
    private List<String> startOn(List<ReplicaProcess> on, int count, int first) {
        List<CompletableFuture<String>> starts = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            String body = "{\"RoomId\":\"follower-" + i + "\",\"TranscriptionParams\":{\"UserId\":\"bot\","
                          + "\"UserSig\":\"sig\",\"MaxIdleTime\":36000}}";
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + on.get(i % on.size()).port()
                    + "/start")).timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            starts.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(reply -> {
                assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
                return reply.body();
            }));
        }
        return starts.stream().map(CompletableFuture::join).toList();
    }

    /** No followed task or follow request left by the other test of the class (same database, same state key). */
    private static void clearSharedState() throws Exception {
        JdbcStateRepository state = new JdbcStateRepository(DB.dataSource());
        state.load("none"); // creates the tables
        try (var connection = DB.dataSource().getConnection(); var statement = connection.createStatement()) {
            statement.execute("DELETE FROM " + JdbcStateRepository.TASK_TABLE);
            statement.execute("DELETE FROM " + JdbcStateRepository.FOLLOW_TABLE);
            statement.execute("DELETE FROM " + JdbcStateRepository.END_TABLE);
        }
        SharedStateSnippets.callbackRepository(DB.dataSource(), "trtc-callbacks").start();
    }

    private List<String> startTasks() {
        List<CompletableFuture<Exchange>> starts = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            StartAITranscriptionRequest request = new StartAITranscriptionRequest().withRoomId("cluster-" + i)
                    .withTranscriptionParams(new TranscriptionParams().withUserId("bot").withUserSig("sig")
                            .withMaxIdleTime(36_000L));
            starts.add(camel.template().asyncSend("trtc:startAITranscription", e -> e.getMessage().setBody(request)));
        }
        return starts.stream().map(CompletableFuture::join).map(e -> {
            assertThat(e.getException()).isNull();
            return e.getMessage().getBody(StartAITranscriptionResponse.class).getTaskId();
        }).toList();
    }

    /** The tasks the replicas follow, as a leader stores them, and the callbacks' table, before any replica runs. */
    private void seedSharedState(List<String> tasks) throws Exception {
        String key = camel.context().getEndpoint("trtc:describeAITranscription").getEndpointBaseUri() + ":"
                     + ClusterInstance.STATE_KEY;
        JdbcStateRepository state = new JdbcStateRepository(DB.dataSource());
        state.start();
        tasks.forEach(id -> state.put(key, new TaskStore.StoredTask(id, null, Map.of())));
        state.stop();
        // the callbacks' table exists before the replicas start: camel-sql checks for it, then creates it, and
        // replicas starting at the same moment race between the two (see docs/several-instances.adoc)
        JdbcMessageIdRepository callbacksSeen = SharedStateSnippets.callbackRepository(DB.dataSource(),
                "trtc-callbacks");
        callbacksSeen.start();
        callbacksSeen.stop();
    }

    /**
     * Posts sentences {@code from} to {@code to}, each signed as Tencent signs it, to two different replicas alive at
     * once, as a redelivery may reach another replica than the first delivery; an answer other than 200 (or no answer)
     * is delivered again to another live replica, as Tencent retries.
     */
    private void postCallbacks(int from, int to) {
        List<ReplicaProcess> alive = replicas.stream().filter(ReplicaProcess::alive).toList();
        List<CompletableFuture<Integer>> deliveries = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String body = CallbackServer.sentence("cluster-task", 10_000L + i, "sentence-" + i);
            for (int copy = 0; copy < 2; copy++) {
                deliveries.add(cloud.deliver(body, alive, i + copy));
            }
        }
        deliveries.forEach(d -> assertThat(d.join()).isEqualTo(200));
    }

    private void stop(List<String> tasks) {
        tasks.stream().map(id -> camel.template().asyncSend("trtc:stopAITranscription",
                e -> e.getMessage().setHeader(TrtcConstants.TASK_ID, id))).toList()
                .forEach(f -> assertThat(f.join().getException()).isNull());
    }

    private List<ReplicaProcess> leaders() {
        return ClusterEvents.leaders(replicas);
    }

    private List<Event> events() throws IOException {
        return ClusterEvents.read(shared.resolve("events"));
    }
}
