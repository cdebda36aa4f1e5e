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
package dev.camelrtc.examples.springboot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.camelrtc.alilive.AliliveComponent;
import dev.camelrtc.alilive.AliliveConstants;
import dev.camelrtc.alilive.model.CreateRtcAsrTaskRequest;
import dev.camelrtc.alilive.model.CreateRtcAsrTaskResponse;
import dev.camelrtc.simulator.RtcSimulator;
import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.simulator.SimulatorTimings;
import dev.camelrtc.trtc.TrtcComponent;
import dev.camelrtc.trtc.TrtcConstants;
import dev.camelrtc.trtc.model.StartAITranscriptionRequest;
import dev.camelrtc.trtc.model.StartAITranscriptionResponse;
import dev.camelrtc.trtc.model.TranscriptionParams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The application with its {@code simulator} profile against a simulator on a free port: every component option
 * comes from application.properties and application-simulator.properties (the test adds only the simulator's port),
 * applied by the starters. Camel and the components log at DEBUG, so that the secrets checks see the binding of the
 * properties at start-up and every call.
 */
@SpringBootTest(properties = { "logging.level.org.apache.camel=debug", "logging.level.dev.camelrtc=debug" })
@ActiveProfiles("simulator")
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class SpringBootAppTest {

    @RegisterExtension
    static final RtcSimulatorExtension SIMULATOR = RtcSimulatorExtension.builder()
            // fast task state machines; a stopped task stays visible long enough to be seen as Stopped
            .timings(SimulatorTimings.fast().withStoppedGrace(Duration.ofSeconds(30))).build();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void simulatorPort(DynamicPropertyRegistry registry) {
        registry.add("simulator.port", () -> SIMULATOR.simulator().port());
    }

    @Autowired
    CamelContext camel;
    @Autowired
    ProducerTemplate template;
    @Autowired
    TaskEvents events;

    @Test
    void componentPropertiesOfApplicationPropertiesTookEffect() {
        TrtcComponent trtc = camel.getComponent("trtc", TrtcComponent.class);
        assertThat(trtc.getConfiguration().getRegion()).isEqualTo("ap-guangzhou");
        assertThat(trtc.getConfiguration().getSdkAppId()).isEqualTo(1400000000L);
        assertThat(trtc.getConfiguration().getRetryAttempts()).isEqualTo(5); // the component's default is 3
        assertThat(trtc.getConfiguration().getEndpoint()).isEqualTo(SIMULATOR.simulator().baseUrl());
        assertThat(trtc.getConfiguration().getSecretId()).isEqualTo(RtcSimulator.DEMO_TENCENT_SECRET_ID);

        AliliveComponent alilive = camel.getComponent("alilive", AliliveComponent.class);
        assertThat(alilive.getConfiguration().getSignatureVersion()).isEqualTo("v3"); // default v1
        assertThat(alilive.getConfiguration().isDiscoverTasks()).isFalse(); // default true
        assertThat(alilive.getConfiguration().getEndpoint()).isEqualTo(SIMULATOR.simulator().baseUrl());
        assertThat(alilive.getConfiguration().getAccessKey()).isEqualTo(RtcSimulator.DEMO_ALIYUN_ACCESS_KEY_ID);

        assertThat(camel.getRouteController().getRouteStatus("trtc-task-status").isStarted()).isTrue();
        assertThat(camel.getRouteController().getRouteStatus("alilive-task-status").isStarted()).isTrue();
    }

    @Test
    void noSecretInTheOutputFromStartUpOn(CapturedOutput output) {
        assertThat(output.getAll()).as("the capture includes the start-up")
                .contains("(camel-rtc-spring-boot-app) is starting")
                .doesNotContain(RtcSimulator.DEMO_TENCENT_SECRET_KEY, RtcSimulator.DEMO_ALIYUN_ACCESS_KEY_SECRET);
    }

    @Test
    void trtcProducerRouteStartsATaskAndTheConsumerRouteDeliversItsStatusChanges(CapturedOutput output)
            throws Exception {
        StartAITranscriptionRequest request = new StartAITranscriptionRequest().withRoomId("boot-room-1")
                .withRoomIdType(1L).withTranscriptionParams(new TranscriptionParams().withUserId("transcription-bot")
                        .withUserSig("bot-sig").withMaxIdleTime(600L));
        // SdkAppId left unset: camel.component.trtc.sdk-app-id fills it
        String taskId = template.requestBody(TranscriptionRoutes.START_TRANSCRIPTION, request,
                StartAITranscriptionResponse.class).getTaskId();
        JsonNode task = simulatorTask(taskId);
        assertThat(task.path("sdkAppId").asLong()).isEqualTo(1400000000L);

        await().atMost(WAIT).until(() -> events.of(taskId).stream().anyMatch(e -> "InProgress".equals(e.status())));
        template.requestBodyAndHeader("trtc:stopAITranscription", null, TrtcConstants.TASK_ID, taskId);
        await().atMost(WAIT).until(() -> events.of(taskId).stream().anyMatch(TaskEvents.Event::ended));

        List<TaskEvents.Event> seen = events.of(taskId);
        System.out.println("trtc task " + taskId + " events: " + seen);
        assertThat(seen.get(0).previousStatus()).isNull();
        for (int i = 1; i < seen.size(); i++) { // one exchange per status change, each naming the one before
            assertThat(seen.get(i).previousStatus()).isEqualTo(seen.get(i - 1).status());
        }
        assertThat(seen.get(seen.size() - 1).status()).isEqualTo("Stopped");
        assertThat(seen.stream().filter(TaskEvents.Event::ended)).hasSize(1);
        assertThat(output.getAll()).contains("started TRTC transcription task " + taskId)
                .doesNotContain(RtcSimulator.DEMO_TENCENT_SECRET_KEY);
    }

    @Test
    void aliliveProducerRouteCreatesATaskAndTheConsumerRouteDeliversItsStatusChanges(CapturedOutput output)
            throws Exception {
        CreateRtcAsrTaskRequest request = new CreateRtcAsrTaskRequest().withMode("live")
                .withStreamUrl("rtmp://example.com/live/boot").withLanguage("cn")
                .withCallbackUrl("https://example.com/asr/cb");
        String taskId = template.requestBody(TranscriptionRoutes.CREATE_ASR_TASK, request,
                CreateRtcAsrTaskResponse.class).getTaskId();
        assertThat(simulatorTask(taskId).path("accessKeyId").asText())
                .isEqualTo(RtcSimulator.DEMO_ALIYUN_ACCESS_KEY_ID);

        await().atMost(WAIT).until(() -> events.of(taskId).stream().anyMatch(e -> "1".equals(e.status())));
        template.requestBodyAndHeader("alilive:stopRtcAsrTask", null, AliliveConstants.TASK_ID, taskId);
        await().atMost(WAIT).until(() -> events.of(taskId).stream().anyMatch(TaskEvents.Event::ended));

        List<TaskEvents.Event> seen = events.of(taskId);
        System.out.println("alilive task " + taskId + " events: " + seen);
        assertThat(seen.get(0).previousStatus()).isNull();
        assertThat(seen).extracting(TaskEvents.Event::status).contains("1").last().isIn("2", "NotFound");
        assertThat(seen.stream().filter(TaskEvents.Event::ended)).hasSize(1);
        assertThat(output.getAll()).contains("created RtcAsr task " + taskId)
                .doesNotContain(RtcSimulator.DEMO_ALIYUN_ACCESS_KEY_SECRET);
    }

    /** The task as the simulator's admin path lists it. */
    private static JsonNode simulatorTask(String taskId) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(SIMULATOR.simulator().baseUrl() + "/_sim/tasks")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        for (JsonNode task : JSON.readTree(response.body())) {
            if (taskId.equals(task.path("id").asText())) {
                return task;
            }
        }
        throw new AssertionError("the simulator has no task " + taskId + ": " + response.body());
    }
}
