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
package dev.camelrtc.examples.quarkus;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import dev.camelrtc.alilive.AliliveComponent;
import dev.camelrtc.alilive.AliliveConstants;
import dev.camelrtc.alilive.AliliveException;
import dev.camelrtc.alilive.model.QueryRtcAsrTasksResponse;
import dev.camelrtc.trtc.TrtcComponent;
import dev.camelrtc.trtc.TrtcConstants;
import dev.camelrtc.trtc.TrtcEndpoint;
import dev.camelrtc.trtc.TrtcException;
import dev.camelrtc.trtc.model.DescribeAITranscriptionResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Both components inside a Camel Quarkus application (JVM mode), against the simulator the test resource starts:
 * options from Quarkus configuration, producers through the injected ProducerTemplate, the task consumers of both
 * components in a RouteBuilder bean.
 */
@QuarkusTest
@WithTestResource(SimulatorTestResource.class)
class QuarkusAppTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CamelContext context;
    @Inject
    ProducerTemplate template;
    @Inject
    TranscriptionService service;
    @Inject
    TaskEvents events;

    @ConfigProperty(name = "simulator.base-url")
    String simulatorUrl;

    /** The app runs the Camel of its platform, camel-quarkus-bom, not the parent's camel.version (docs/versions.adoc). */
    @Test
    void runsTheCamelOfItsCamelQuarkusRelease() {
        assertThat(context.getVersion()).isEqualTo(System.getProperty("expected.camel.version"));
    }

    @Test
    void componentOptionsComeFromQuarkusConfiguration() {
        TrtcComponent trtc = context.getComponent("trtc", TrtcComponent.class);
        assertThat(trtc.getConfiguration().getEndpoint()).isEqualTo(simulatorUrl).startsWith("http://127.0.0.1:");
        assertThat(trtc.getConfiguration().getRegion()).isEqualTo("ap-guangzhou");      // application.properties
        assertThat(trtc.getConfiguration().getSdkAppId()).isEqualTo(1400000000L);       // application.properties
        assertThat(trtc.getConfiguration().getSecretId()).isEqualTo(SimulatorTestResource.TENCENT_SECRET_ID);

        AliliveComponent alilive = context.getComponent("alilive", AliliveComponent.class);
        assertThat(alilive.getConfiguration().getEndpoint()).isEqualTo(simulatorUrl);
        assertThat(alilive.getConfiguration().getRegion()).isEqualTo("cn-shanghai");
        assertThat(alilive.getConfiguration().getAccessKey()).isEqualTo(SimulatorTestResource.ALIYUN_ACCESS_KEY);

        // the consumer's endpoint copied the component's configuration; its URI shows no secret
        TrtcEndpoint consumed = (TrtcEndpoint) context.getRoute("trtc-transcription-events").getEndpoint();
        assertThat(consumed.getConfiguration().getEndpoint()).isEqualTo(simulatorUrl);
        assertThat(consumed.getConfiguration().getSecretKey()).isEqualTo(SimulatorTestResource.TENCENT_SECRET_KEY);
        assertThat(consumed.getEndpointUri()).doesNotContain(SimulatorTestResource.TENCENT_SECRET_KEY);
        assertThat(context.getRouteController().getRouteStatus("trtc-transcription-events").isStarted()).isTrue();
        assertThat(context.getRouteController().getRouteStatus("alilive-asr-events").isStarted()).isTrue();
    }

    @Test
    void trtcProducerStartsATaskAndTheConsumerFollowsItUntilItEnds() throws Exception {
        String taskId = service.startTranscription("quarkus-room-1", "bot-sig");

        // the simulator saw the SdkAppId of application.properties and the configured SecretId's signature
        JsonNode task = simulatorTask(taskId);
        assertThat(task.path("sdkAppId").asLong()).isEqualTo(1400000000L);
        assertThat(task.path("roomId").asText()).isEqualTo("quarkus-room-1");

        await().atMost(Duration.ofSeconds(10))
                .until(() -> events.of(taskId).stream().anyMatch(e -> "InProgress".equals(e.status())));
        service.stopTranscription(taskId);
        await().atMost(Duration.ofSeconds(10)).until(() -> events.of(taskId).stream().anyMatch(TaskEvents.Event::ended));

        List<TaskEvents.Event> seen = events.of(taskId);
        assertThat(seen).allSatisfy(e -> assertThat(e.cloud()).isEqualTo("trtc"));
        TaskEvents.Event last = seen.get(seen.size() - 1);
        assertThat(last.ended()).isTrue();
        assertThat(last.status()).isEqualTo("Stopped");
        assertThat(last.state()).isEqualTo("ENDED");
        assertThat(seen.stream().filter(TaskEvents.Event::ended)).hasSize(1);
        assertThat(seen.get(0).previousStatus()).isNull();
        for (int i = 1; i < seen.size(); i++) { // one exchange per status change, each naming the one before
            assertThat(seen.get(i).status()).isNotEqualTo(seen.get(i - 1).status());
            assertThat(seen.get(i).previousStatus()).isEqualTo(seen.get(i - 1).status());
        }
        assertThat(seen).filteredOn(e -> "InProgress".equals(e.status())).singleElement()
                .satisfies(e -> assertThat(e.state()).isEqualTo("RUNNING"))
                .extracting(TaskEvents.Event::body)
                .isInstanceOfSatisfying(DescribeAITranscriptionResponse.class,
                        body -> assertThat(body.getTaskId()).isEqualTo(taskId));
    }

    @Test
    void trtcErrorsArriveAsTrtcExceptionWithTheCloudsCode() {
        assertThatThrownBy(() -> template.requestBodyAndHeader("trtc:describeAITranscription", null,
                TrtcConstants.TASK_ID, "no-such-task"))
                .isInstanceOf(CamelExecutionException.class)
                .cause().isInstanceOfSatisfying(TrtcException.class, e -> {
                    assertThat(e.getCode()).isEqualTo("FailedOperation.TaskNotExist");
                    assertThat(e.getAction()).isEqualTo("DescribeAITranscription");
                    assertThat(e.getRequestId()).isNotBlank();
                });
    }

    @Test
    void aliliveProducerCreatesQueriesAndStopsATaskAndTheConsumerFollowsIt() throws Exception {
        String taskId = service.startLiveAsr("rtmp://example.com/live/quarkus", "https://example.com/asr/cb");
        assertThat(taskId).startsWith("asr-");
        assertThat(simulatorTask(taskId).path("accessKeyId").asText())
                .isEqualTo(SimulatorTestResource.ALIYUN_ACCESS_KEY);

        // a Map body works as well as a model; the reply headers carry request id and status
        Exchange query = template.request("alilive:queryRtcAsrTasks",
                e -> e.getMessage().setBody(Map.of("TaskId", taskId)));
        assertThat(query.getException()).isNull();
        assertThat(query.getMessage().getHeader(AliliveConstants.REQUEST_ID, String.class)).isNotBlank();
        assertThat(query.getMessage().getHeader(AliliveConstants.TASK_ID, String.class)).isEqualTo(taskId);
        assertThat(query.getMessage().getBody(QueryRtcAsrTasksResponse.class).getTask(taskId).getStreamUrl())
                .isEqualTo("rtmp://example.com/live/quarkus");

        // the alilive consumer follows the task the producer created, until it runs (status 1)
        await().atMost(Duration.ofSeconds(10))
                .until(() -> events.of(taskId).stream().anyMatch(e -> "1".equals(e.status())));

        service.stopLiveAsr(taskId);
        Exchange after = template.request("alilive:queryRtcAsrTasks",
                e -> e.getMessage().setHeader(AliliveConstants.TASK_ID, taskId));
        assertThat(after.getMessage().getHeader(AliliveConstants.STATUS, Integer.class)).isEqualTo(2);

        // a stopped task leaves the account's list: the consumer's final exchange says NotFound, ended
        await().atMost(Duration.ofSeconds(10)).until(() -> events.of(taskId).stream().anyMatch(TaskEvents.Event::ended));
        List<TaskEvents.Event> seen = events.of(taskId);
        assertThat(seen).allSatisfy(e -> assertThat(e.cloud()).isEqualTo("alilive"));
        assertThat(seen.get(0).previousStatus()).isNull();
        assertThat(seen).extracting(TaskEvents.Event::status).contains("1").last().isIn("2", "NotFound");
        assertThat(seen.stream().filter(TaskEvents.Event::ended)).hasSize(1);
        assertThat(seen.get(seen.size() - 1).state()).isEqualTo("ENDED");
        assertThat(seen).filteredOn(e -> "1".equals(e.status())).singleElement()
                .satisfies(e -> assertThat(e.state()).isEqualTo("RUNNING"));

        assertThatThrownBy(() -> template.requestBodyAndHeader("alilive:stopRtcAsrTask", null,
                AliliveConstants.TASK_ID, "asr-unknown"))
                .cause().isInstanceOfSatisfying(AliliveException.class,
                        e -> assertThat(e.getCode()).isEqualTo("ConfigNotFound"));
    }

    /** The task as the simulator's admin path lists it. */
    private JsonNode simulatorTask(String taskId) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(simulatorUrl + "/_sim/tasks")).GET().build(),
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
