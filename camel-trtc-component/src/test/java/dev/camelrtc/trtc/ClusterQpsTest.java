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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelrtc.simulator.RtcSimulator;
import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.simulator.SimulatorTimings;
import dev.camelrtc.support.testing.CamelContexts;
import dev.camelrtc.support.testing.ReplicaProcess;
import dev.camelrtc.trtc.model.StartAITranscriptionRequest;
import dev.camelrtc.trtc.model.StartAITranscriptionResponse;
import dev.camelrtc.trtc.model.TranscriptionParams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The QPS budget shared by replicas (rateLimitReplicas), against the simulator's enforcement: three JVMs with the same
 * credentials each send a burst of DescribeAITranscription calls, one attempt each, at the same moment. Dividing the
 * limit among them draws no throttling; the same bursts with each replica keeping the whole limit do.
 */
class ClusterQpsTest {

    private static final int REPLICAS = 3;
    private static final int CALLS_PER_REPLICA = 2 * ClusterInstance.DESCRIBE_QPS;

    @RegisterExtension
    static final RtcSimulatorExtension SIM = RtcSimulatorExtension.builder()
            .tencentKey(SimulatedTrtc.SECRET_ID, SimulatedTrtc.SECRET_KEY).timings(SimulatorTimings.fast())
            .qpsLimit("DescribeAITranscription", ClusterInstance.DESCRIBE_QPS).build();

    @RegisterExtension
    final CamelContexts camel = CamelContexts.eachTest("trtc", () -> SimulatedTrtc.component(
            SIM.simulator().baseUrl(), RtcSimulator.DEMO_TENCENT_SECRET_ID, RtcSimulator.DEMO_TENCENT_SECRET_KEY,
            1400000316L), null);

    private final List<ReplicaProcess> replicas = new ArrayList<>();

    @AfterEach
    void killReplicas() throws Exception {
        for (ReplicaProcess replica : replicas) {
            replica.close();
        }
    }

    @Test
    void replicasDividingTheLimitAreNeverThrottledTogether() throws Exception {
        long throttled = burst(REPLICAS);
        System.out.printf("qps: %d replicas x %d calls, rateLimitReplicas=%d: %d throttled calls%n", REPLICAS,
                CALLS_PER_REPLICA, REPLICAS, throttled);
        assertThat(throttled).isZero();
    }

    @Test
    void replicasEachKeepingTheWholeLimitAreThrottled() throws Exception {
        long throttled = burst(1);
        System.out.printf("qps: %d replicas x %d calls, rateLimitReplicas=1: %d throttled calls%n", REPLICAS,
                CALLS_PER_REPLICA, throttled);
        assertThat(throttled).as("the simulator enforces the limit the replicas share").isPositive();
    }

    /** Throttled calls of one burst from every replica, each set up with {@code rateLimitReplicas}. */
    private long burst(int rateLimitReplicas) throws Exception {
        String taskId = camel.template().requestBody("trtc:startAITranscription", new StartAITranscriptionRequest()
                .withRoomId("qps-" + rateLimitReplicas).withTranscriptionParams(new TranscriptionParams()
                        .withUserId("bot").withUserSig("sig").withMaxIdleTime(36_000L)),
                StartAITranscriptionResponse.class).getTaskId();
        for (int i = 0; i < REPLICAS; i++) {
            String name = "load-" + rateLimitReplicas + "-" + i;
            replicas.add(ClusterInstance.start(name, Map.of(), "load", name, SIM.simulator().baseUrl(),
                    String.valueOf(CALLS_PER_REPLICA), String.valueOf(rateLimitReplicas), taskId));
        }
        await("every replica ready").atMost(Duration.ofSeconds(90))
                .until(() -> replicas.stream().allMatch(r -> r.printed("READY " + r.name()) >= 0));
        long before = SIM.simulator().throttledCalls();
        for (ReplicaProcess replica : replicas) {
            replica.tell("go");
        }
        await("every replica's calls done").atMost(Duration.ofSeconds(180))
                .until(() -> replicas.stream().allMatch(r -> r.printed("DONE " + r.name()) >= 0));
        return SIM.simulator().throttledCalls() - before;
    }
}
