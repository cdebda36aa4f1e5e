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
package dev.camelrtc.simulator.trtc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.tencentcloudapi.trtc.v20190722.TrtcClient;
import com.tencentcloudapi.trtc.v20190722.models.StopAITranscriptionRequest;

import org.junit.jupiter.api.Test;

import dev.camelrtc.simulator.CallbackReceiver;
import dev.camelrtc.simulator.Dialogue;
import dev.camelrtc.simulator.RtcSimulator;
import dev.camelrtc.simulator.SimulatorTimings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With only a callback URL the simulator speaks its built-in dialogue; 50 concurrent tasks each get every event once,
 * in order, signed (bounded load: 50 tasks x 36 events).
 */
class TrtcCallbackLoadTest {

    private static final String KEY = "loadKey";
    private static final int TASKS = 50;

    @Test
    void fiftyTasksSpeakTheBuiltInDialogueEachEventOnceInOrder() throws Exception {
        Dialogue sample = Dialogue.sample();
        int perTask = 2 + 2 * sample.lines().size();
        try (CallbackReceiver receiver = new CallbackReceiver()
                .accepting(r -> TrtcCallbackTest.signed(r.body(), KEY).equals(r.header("Sign")));
             RtcSimulator sim = RtcSimulator.builder().timings(SimulatorTimings.fast()).enforceQps(false)
                     .callbackUrl(receiver.url(), KEY).build().start()) {
            TrtcClient client = TrtcClients.demoClient(sim);
            List<String> taskIds = new ArrayList<>();
            for (int i = 0; i < TASKS; i++) {
                taskIds.add(client.StartAITranscription(TrtcClients.startTranscription("load-" + i + "-"
                        + System.nanoTime(), 3600L)).getTaskId());
            }
            await().atMost(Duration.ofSeconds(120)).until(() -> receiver.received().stream()
                    .filter(r -> r.eventType() == 903).count() == (long) TASKS * sample.lines().size());
            for (String taskId : taskIds) {
                StopAITranscriptionRequest stop = new StopAITranscriptionRequest();
                stop.setTaskId(taskId);
                client.StopAITranscription(stop);
            }
            await().atMost(Duration.ofSeconds(120)).until(() -> sim.callbacks().stats().delivered()
                    == (long) TASKS * perTask);

            Map<String, List<CallbackReceiver.Received>> byTask = new HashMap<>();
            Set<String> keys = new HashSet<>();
            int duplicates = 0;
            for (CallbackReceiver.Received r : receiver.received()) {
                String taskId = r.json().at("/EventInfo/TaskId").asText();
                byTask.computeIfAbsent(taskId, k -> new ArrayList<>()).add(r);
                String dedupKey = taskId + "|" + r.eventType() + "|" + r.json().at("/EventInfo/EventMsTs").asLong()
                        + "|" + r.json().at("/EventInfo/Payload/RoundId").asText();
                if (!keys.add(dedupKey)) {
                    duplicates++;
                }
            }
            int lost = 0;
            List<Integer> expectedTypes = new ArrayList<>(List.of(901));
            sample.lines().forEach(l -> expectedTypes.addAll(List.of(904, 903)));
            expectedTypes.add(902);
            List<String> expectedTexts = sample.lines().stream().map(Dialogue.Line::text).toList();
            for (String taskId : taskIds) {
                List<CallbackReceiver.Received> events = byTask.getOrDefault(taskId, List.of());
                lost += Math.max(0, perTask - events.size());
                assertThat(events).extracting(CallbackReceiver.Received::eventType).as(taskId)
                        .containsExactlyElementsOf(expectedTypes);
                assertThat(events.stream().filter(r -> r.eventType() == 903)
                        .map(r -> r.json().at("/EventInfo/Payload/Text").asText())).containsExactlyElementsOf(expectedTexts);
            }
            long unsigned = receiver.received().stream().filter(r -> !r.accepted()).count();
            System.out.println("simulator callbacks: " + receiver.received().size() + " events from " + TASKS
                    + " tasks, " + lost + " lost, " + duplicates + " duplicates, " + unsigned + " badly signed");
            assertThat(receiver.received()).hasSize(TASKS * perTask);
            assertThat(lost).isZero();
            assertThat(duplicates).isZero();
            assertThat(unsigned).isZero();
            assertThat(sim.callbacks().stats().failedAttempts()).isZero();
        }
    }
}
