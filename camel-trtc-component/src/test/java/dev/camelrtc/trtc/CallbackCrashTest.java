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

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.camelrtc.support.docs.SharedStateSnippets;
import dev.camelrtc.support.testing.CallbackDeliveries;
import dev.camelrtc.support.testing.PostgresDatabase;
import dev.camelrtc.support.testing.ReplicaProcess;
import dev.camelrtc.trtc.callback.CallbackServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A replica killed while it routes callbacks loses none of them: three replicas in separate JVMs share camel-sql's
 * repositories of processed and in-progress callbacks on PostgreSQL; replica A's route holds every sentence it gets
 * (a slow step), B and C route theirs. While A holds ten sentences, their redeliveries at B are answered 503 (not
 * 200: A's route may yet fail); then A is destroyed, and the test, as Tencent, delivers the ten again, to B and C,
 * a second apart, until one answers 200: once the dead replica's keys are older than the lock max age, they are
 * routed. The thirty other sentences, delivered again after they were routed, are not routed twice. Prints
 * {@code callback crash: 40 events, 10 in flight at the kill, 40 routed, 0 lost, 0 routed twice after completion}.
 */
class CallbackCrashTest {

    private static final int EVENTS = 40;
    private static final int HELD = 10;
    private static final String CALLBACK_KEY = "CrashCallbackKey0123456789abcdef";

    @RegisterExtension
    static final PostgresDatabase DB = new PostgresDatabase();

    @TempDir
    Path shared;

    private final List<ReplicaProcess> replicas = new ArrayList<>();
    private final CallbackDeliveries cloud = new CallbackDeliveries(ClusterInstance.CALLBACK_PATH,
            body -> Map.of("SdkAppId", "1400000315", "Sign", CallbackServer.sign(CALLBACK_KEY,
                    body.getBytes(StandardCharsets.UTF_8))));

    @AfterEach
    void killReplicas() throws Exception {
        for (ReplicaProcess replica : replicas) {
            replica.close();
        }
    }

    @Test
    void aReplicaKilledWhileRoutingCallbacksLosesNone() throws Exception {
        // the table exists before the replicas start (see docs/several-instances.adoc)
        var seen = SharedStateSnippets.callbackRepository(DB.dataSource(), "trtc-callbacks");
        seen.start();
        seen.stop();
        Map<String, String> environment = Map.of("CLUSTER_DB_URL", DB.url(), "CLUSTER_DB_USER", DB.user(),
                "CLUSTER_DB_PASSWORD", DB.password(), "CLUSTER_CALLBACK_KEY", CALLBACK_KEY);
        ReplicaProcess a = ClusterInstance.start("crash-a", environment, "callbacks", "crash-a", shared.toString(),
                "true");
        replicas.add(a);
        for (String name : List.of("crash-b", "crash-c")) {
            replicas.add(ClusterInstance.start(name, environment, "callbacks", name, shared.toString(), "false"));
        }
        await("three replicas").atMost(Duration.ofSeconds(90))
                .failFast("a replica ended; its log is in target/cluster-replicas",
                        () -> replicas.stream().anyMatch(r -> !r.alive()))
                .until(() -> replicas.stream().allMatch(r -> r.printed("READY " + r.name()) >= 0));
        List<ReplicaProcess> survivors = replicas.subList(1, 3);

        List<CompletableFuture<Integer>> atA = new ArrayList<>();
        for (int i = 0; i < HELD; i++) {
            atA.add(cloud.post(a, body(i)));
        }
        await("A holds " + HELD + " sentences").atMost(Duration.ofSeconds(90))
                .until(() -> a.printedStartingWith("HOLDING ").size() == HELD);
        List<CompletableFuture<Integer>> completed = new ArrayList<>();
        for (int i = HELD; i < EVENTS; i++) {
            completed.add(cloud.deliver(body(i), survivors, i));
        }
        completed.forEach(d -> assertThat(d.join()).as("a sentence B or C routes").isEqualTo(200));
        List<Integer> whileHeld = new ArrayList<>();
        for (int i = 0; i < HELD; i++) {
            whileHeld.add(cloud.post(survivors.get(i % 2), body(i)).join());
        }
        assertThat(whileHeld).as("redeliveries while A routes them").containsOnly(503);

        a.kill();
        atA.forEach(d -> assertThat(d.join()).as("A died without answering").isEqualTo(-1));
        List<CompletableFuture<Integer>> redelivered = new ArrayList<>();
        for (int i = 0; i < HELD; i++) {
            redelivered.add(cloud.deliver(body(i), survivors, i));
        }
        for (int i = HELD; i < EVENTS; i++) {
            redelivered.add(cloud.deliver(body(i), survivors, i + 1));
        }
        redelivered.forEach(d -> assertThat(d.join()).as("every redelivery answered 200 in the end").isEqualTo(200));

        Map<String, Long> routed = CallbackDeliveries.routed(shared.resolve("callbacks"));
        long lost = EVENTS - routed.size();
        long routedTwiceAfterCompletion = routed.values().stream().mapToLong(n -> n - 1).sum();
        System.out.printf("callback crash: %d events, %d in flight at the kill, %d routed, %d lost, %d routed twice"
                          + " after completion%n", EVENTS, HELD, routed.size(), lost, routedTwiceAfterCompletion);
        System.out.printf("callback crash: %d redeliveries answered %s while A held them%n", whileHeld.size(),
                whileHeld.get(0));
        assertThat(lost).isZero();
        assertThat(routedTwiceAfterCompletion).isZero();
    }

    private static String body(int i) {
        return CallbackServer.sentence("crash-task", 20_000L + i, "sentence-" + i);
    }

    private static int index(String text) {
        return Integer.parseInt(text.substring(text.indexOf('-') + 1));
    }

}
