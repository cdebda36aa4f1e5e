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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.tencentcloudapi.trtc.v20190722.TrtcClient;
import com.tencentcloudapi.trtc.v20190722.models.DeleteCloudTranscriptionRequest;
import com.tencentcloudapi.trtc.v20190722.models.StopAITranscriptionRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.camelrtc.simulator.CallbackReceiver;
import dev.camelrtc.simulator.Dialogue;
import dev.camelrtc.simulator.RtcSimulator;
import dev.camelrtc.simulator.SimulatorTimings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * TRTC AI-service callbacks pushed to a local receiver: what each task says (a script's sentences between 901 and 902,
 * group 14 for cloud transcription), why it ended (LeaveCode), signed as Tencent signs (checked with the JDK's own
 * HMAC over the raw body, not the simulator's signer).
 */
class TrtcCallbackTest {

    private static final String KEY = "cbKey123";
    private static final Dialogue SCRIPT = Dialogue.parse("""
            # three sentences, two speakers
            alice: Good morning, shall we start?
            bob: 早上好，开始吧。
            alice: First item: the release date.
            """, "test script");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private CallbackReceiver receiver;
    private RtcSimulator sim;
    private TrtcClient client;

    @BeforeEach
    void start() {
        receiver = new CallbackReceiver().accepting(r -> signed(r.body(), KEY).equals(r.header("Sign")));
        sim = RtcSimulator.builder().timings(SimulatorTimings.fast()).callbackUrl(receiver.url(), KEY).dialogue(SCRIPT)
                .build().start();
        client = TrtcClients.demoClient(sim);
    }

    @AfterEach
    void stop() {
        sim.close();
        receiver.close();
    }

    @Test
    void aiTranscriptionSaysTheScriptBetweenStartedAndStopped() throws Exception {
        String room = "cb-" + UUID.randomUUID();
        String taskId = client.StartAITranscription(TrtcClients.startTranscription(room, 3600L)).getTaskId();
        await().atMost(WAIT).until(() -> ofTask(taskId, 903).size() == 3);
        StopAITranscriptionRequest stop = new StopAITranscriptionRequest();
        stop.setTaskId(taskId);
        client.StopAITranscription(stop);
        await().atMost(WAIT).until(() -> ofTask(taskId, 902).size() == 1);

        List<CallbackReceiver.Received> events = receiver.received().stream()
                .filter(r -> r.json().at("/EventInfo/TaskId").asText().equals(taskId)).toList();
        assertThat(events).extracting(CallbackReceiver.Received::eventType)
                .containsExactly(901, 904, 903, 904, 903, 904, 903, 902);
        long previous = 0;
        List<String> texts = new ArrayList<>();
        for (CallbackReceiver.Received r : events) {
            assertThat(r.accepted()).as("signed with the key: " + r.text()).isTrue();
            assertThat(r.header("SdkAppId")).isEqualTo(Long.toString(TrtcClients.SDK_APP_ID));
            assertThat(r.header("Content-Type")).isEqualTo("application/json");
            assertThat(r.text()).as("raw body with whitespace, as Tencent's example").contains("\n\t");
            JsonNode event = r.json();
            assertThat(event.path("EventGroupId").asInt()).isEqualTo(9);
            assertThat(event.path("CallbackTs").asLong()).isPositive();
            assertThat(event.at("/EventInfo/RoomId").asText()).isEqualTo(room);
            assertThat(event.at("/EventInfo/RoomIdType").asInt()).isZero();
            long eventMsTs = event.at("/EventInfo/EventMsTs").asLong();
            assertThat(eventMsTs).isGreaterThanOrEqualTo(previous);
            previous = eventMsTs;
            JsonNode payload = event.at("/EventInfo/Payload");
            switch (r.eventType()) {
                case 901 -> assertThat(payload.toString()).isEqualTo("{\"Status\":0}");
                case 902 -> assertThat(payload.toString()).isEqualTo("{\"LeaveCode\":0}");
                case 904 -> assertThat(payload.properties()).extracting(java.util.Map.Entry::getKey)
                        .containsExactly("UserId", "RoundId");
                default -> {
                    assertThat(payload.properties()).extracting(java.util.Map.Entry::getKey)
                            .containsExactly("UserId", "Text", "StartTimeMs", "EndTimeMs", "RoundId");
                    assertThat(payload.path("EndTimeMs").asLong()).isGreaterThan(payload.path("StartTimeMs").asLong());
                    texts.add(payload.path("UserId").asText() + ": " + payload.path("Text").asText());
                }
            }
        }
        assertThat(texts).containsExactly("alice: Good morning, shall we start?", "bob: 早上好，开始吧。",
                "alice: First item: the release date.");
        // 904 and 903 of one sentence share its RoundId and speaker
        for (int i = 1; i <= 5; i += 2) {
            JsonNode start = events.get(i).json().at("/EventInfo/Payload");
            JsonNode sentence = events.get(i + 1).json().at("/EventInfo/Payload");
            assertThat(start.path("RoundId").asText()).isEqualTo(sentence.path("RoundId").asText()).isNotBlank();
            assertThat(start.path("UserId").asText()).isEqualTo(sentence.path("UserId").asText());
        }
        System.out.println("trtc callbacks: " + events.size() + " events of one task, " + texts.size()
                + " sentences, all signed, in order");
    }

    @Test
    void leaveCodeSaysWhyTheTaskEnded() throws Exception {
        String idleRoom = "idle-" + UUID.randomUUID();
        String idle = client.StartAITranscription(TrtcClients.startTranscription(idleRoom, 2L)).getTaskId();
        String dissolvedRoom = "gone-" + UUID.randomUUID();
        String dissolved = client.StartAITranscription(TrtcClients.startTranscription(dissolvedRoom, 3600L))
                .getTaskId();
        await().atMost(WAIT).until(() -> ofTask(dissolved, 901).size() == 1);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(sim.baseUrl() + "/_sim/rooms/" + TrtcClients.SDK_APP_ID + "/" + dissolvedRoom)).DELETE()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"endedTasks\":1");

        await().atMost(WAIT).until(() -> ofTask(idle, 902).size() == 1 && ofTask(dissolved, 902).size() == 1);
        assertThat(ofTask(idle, 902).get(0).json().at("/EventInfo/Payload/LeaveCode").asInt()).isEqualTo(99);
        assertThat(ofTask(dissolved, 902).get(0).json().at("/EventInfo/Payload/LeaveCode").asInt()).isEqualTo(2);
        // the idle task ended two API seconds after it ran: its dialogue was cut before the end
        assertThat(ofTask(idle, 903)).hasSizeLessThan(SCRIPT.lines().size());
    }

    @Test
    void cloudTranscriptionPushesGroup14() throws Exception {
        String room = "ct-" + UUID.randomUUID();
        String taskId = client.CreateCloudTranscription(TrtcSdkTest.createCloud(room)).getTaskId();
        await().atMost(WAIT).until(() -> ofTask(taskId, 1403).size() == 3);
        DeleteCloudTranscriptionRequest delete = new DeleteCloudTranscriptionRequest();
        delete.setSdkAppId(TrtcClients.SDK_APP_ID);
        delete.setTaskId(taskId);
        client.DeleteCloudTranscription(delete);
        await().atMost(WAIT).until(() -> ofTask(taskId, 1402).size() == 1);

        List<CallbackReceiver.Received> events = receiver.received().stream()
                .filter(r -> r.json().at("/EventInfo/TaskId").asText().equals(taskId)).toList();
        assertThat(events).extracting(CallbackReceiver.Received::eventType).containsExactly(1401, 1403, 1403, 1403,
                1402);
        assertThat(events).allMatch(CallbackReceiver.Received::accepted)
                .allMatch(r -> r.json().path("EventGroupId").asInt() == 14);
        JsonNode started = events.get(0).json().path("EventInfo");
        assertThat(started.path("RobotId").asText()).isEqualTo("ct-bot");
        assertThat(started.path("RoomIdType").asInt()).isEqualTo(1);
        assertThat(events.get(2).json().at("/EventInfo/Payload/Text").asText()).isEqualTo("早上好，开始吧。");
        assertThat(events.get(4).json().at("/EventInfo/Payload/LeaveCode").asInt()).isZero();
    }

    private List<CallbackReceiver.Received> ofTask(String taskId, int eventType) {
        return receiver.received().stream().filter(r -> r.eventType() == eventType)
                .filter(r -> r.json().at("/EventInfo/TaskId").asText().equals(taskId)).toList();
    }

    /** Tencent's documented signature, computed here with the JDK: Base64(HMAC-SHA256(key, raw body)). */
    static String signed(byte[] body, String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
