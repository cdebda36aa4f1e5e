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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.trtc.v20190722.TrtcClient;
import com.tencentcloudapi.trtc.v20190722.models.CreateCloudTranscriptionRequest;
import com.tencentcloudapi.trtc.v20190722.models.DescribeAITranscriptionRequest;
import com.tencentcloudapi.trtc.v20190722.models.DescribeCloudTranscriptionRequest;
import com.tencentcloudapi.trtc.v20190722.models.StartAITranscriptionRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.camelrtc.simulator.Fault;
import dev.camelrtc.simulator.ManualClock;
import dev.camelrtc.simulator.RtcSimulator;
import dev.camelrtc.simulator.SimulatorTimings;
import dev.camelrtc.simulator.http.Json;

import static dev.camelrtc.simulator.trtc.TrtcClients.SDK_APP_ID;
import static dev.camelrtc.simulator.trtc.TrtcSdkTest.errorCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Fault injection (Java API and admin path), MaxIdleTime expiry, room publishers, against the official SDK. */
class TrtcFaultAndTimingTest {

    private RtcSimulator sim;
    private TrtcClient client;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        sim = RtcSimulator.builder().timings(SimulatorTimings.fast().withStoppedGrace(Duration.ofMillis(200)))
                .build().start();
        client = TrtcClients.demoClient(sim);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private static String room() {
        return "room-" + UUID.randomUUID();
    }

    @Test
    void errorFaultIsTheCloudEnvelopeAndNothingIsExecuted() {
        sim.faults().inject("StartAITranscription", Fault.error("InternalError", "boom"), 1);
        StartAITranscriptionRequest start = TrtcClients.startTranscription(room(), null);
        assertThat(errorCode(() -> client.StartAITranscription(start))).isEqualTo("InternalError");
        assertThat(sim.trtcTasks().list()).isEmpty();
        assertThat(errorCode(() -> client.StartAITranscription(start))).isNull();
        assertThat(sim.trtcTasks().list()).hasSize(1);
    }

    @Test
    void httpStatusDropAndMalformedFaultsReachTheClient() {
        StartAITranscriptionRequest start = TrtcClients.startTranscription(room(), null);
        sim.faults().inject("StartAITranscription", Fault.httpStatus(502), 1);
        assertThatThrownBy(() -> client.StartAITranscription(start)).isInstanceOf(TencentCloudSDKException.class)
                .hasMessageContaining("502");
        sim.faults().inject("*", Fault.dropConnection(), 1);
        assertThatThrownBy(() -> client.StartAITranscription(start)).isInstanceOf(TencentCloudSDKException.class);
        sim.faults().inject("StartAITranscription", Fault.malformedBody(), 1);
        assertThatThrownBy(() -> client.StartAITranscription(start)).isInstanceOf(Exception.class);
        assertThat(sim.trtcTasks().list()).isEmpty();
        assertThat(sim.faults().pending()).isZero();
    }

    @Test
    void afterExecuteFaultsCreateTheTaskSoARetryMeetsTaskExist() {
        StartAITranscriptionRequest start = TrtcClients.startTranscription(room(), null);
        sim.faults().inject("StartAITranscription", Fault.dropConnectionAfterExecute(), 1);
        assertThatThrownBy(() -> client.StartAITranscription(start)).isInstanceOf(TencentCloudSDKException.class);
        assertThat(sim.trtcTasks().list()).hasSize(1);
        assertThat(errorCode(() -> client.StartAITranscription(start))).isEqualTo("FailedOperation.TaskExist");

        CreateCloudTranscriptionRequest create = TrtcSdkTest.createCloud(room());
        sim.faults().inject("CreateCloudTranscription", Fault.httpStatusAfterExecute(503), 1);
        assertThatThrownBy(() -> client.CreateCloudTranscription(create)).hasMessageContaining("503");
        assertThat(sim.trtcTasks().list()).hasSize(2);
    }

    @Test
    void truncatedAndWrongContentTypeAnswersAreExecuted() throws Exception {
        RawTrtcClient raw = new RawTrtcClient(sim.port(), RtcSimulator.DEMO_TENCENT_SECRET_ID,
                RtcSimulator.DEMO_TENCENT_SECRET_KEY);
        String body = Json.write(Json.MAPPER.valueToTree(Json.MAPPER.readTree(
                "{\"SdkAppId\":1400000001,\"RoomId\":\"r1\",\"TranscriptionParams\":{\"UserId\":\"b\",\"UserSig\":\"s\"}}")));
        sim.faults().inject("StartAITranscription", Fault.truncatedBody(), 1);
        HttpResponse<String> truncated = raw.send("StartAITranscription", body);
        assertThat(truncated.statusCode()).isEqualTo(200);
        assertThat(Json.parseOrNull(truncated.body())).isNull();
        assertThat(truncated.body()).startsWith("{\"Response\":");
        assertThat(sim.trtcTasks().list()).hasSize(1);

        sim.faults().inject("DescribeAITranscription", Fault.wrongContentType(), 1);
        HttpResponse<String> html = raw.send("DescribeAITranscription",
                "{\"TaskId\":\"" + sim.trtcTasks().list().get(0).taskId() + "\"}");
        assertThat(html.headers().firstValue("Content-Type")).hasValue("text/html");
        assertThat(html.body()).contains("\"Status\"");
    }

    @Test
    void latencyFaultDelaysThenAnswers() {
        sim.faults().inject("DescribeAITranscription", Fault.latency(Duration.ofMillis(400)), 1);
        DescribeAITranscriptionRequest describe = new DescribeAITranscriptionRequest();
        describe.setTaskId("nope");
        long t0 = System.nanoTime();
        assertThat(errorCode(() -> client.DescribeAITranscription(describe))).isEqualTo("FailedOperation.TaskNotExist");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void callsInTheirInjectedLatencyHoldNoThread() {
        // more calls waiting out a latency than the server has threads (64): a sleeping thread per call would leave
        // most of them, and any other call, queued until the first latencies are over. The latency outlasts any test
        // run, so that "none answered yet" holds however slowly the machine runs; stopping the simulator releases them
        int delayed = 100;
        sim.faults().inject("DescribeAITranscription", Fault.latency(Duration.ofDays(1)), delayed);
        HttpClient unsigned = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<HttpResponse<String>>> waiting = new ArrayList<>();
        for (int i = 0; i < delayed; i++) {
            waiting.add(unsigned.sendAsync(HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/"))
                    .header("X-TC-Action", "DescribeAITranscription").POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build(), HttpResponse.BodyHandlers.ofString()));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> sim.faults().pending() == 0);
        DescribeCloudTranscriptionRequest other = new DescribeCloudTranscriptionRequest();
        other.setSdkAppId(SDK_APP_ID);
        other.setTaskId("t");
        assertThat(errorCode(() -> client.DescribeCloudTranscription(other))).isEqualTo("FailedOperation.TaskNotExist");
        assertThat(waiting).as("still in their latency").noneMatch(CompletableFuture::isDone);
        sim.close();
        await().atMost(Duration.ofSeconds(60)).until(() -> waiting.stream().allMatch(CompletableFuture::isDone));
        assertThat(waiting).as("closed by the stop, never answered").allMatch(CompletableFuture::isCompletedExceptionally);
    }

    @Test
    void unfitReplyFaultIsASuccessEnvelopeThatFitsNoModelAndIsNotExecuted() throws Exception {
        assertThat(admin("POST", "/_sim/faults", "{\"action\":\"StartAITranscription\",\"type\":\"unfitReply\"}")
                .statusCode()).isEqualTo(200);
        RawTrtcClient raw = new RawTrtcClient(sim.port(), RtcSimulator.DEMO_TENCENT_SECRET_ID,
                RtcSimulator.DEMO_TENCENT_SECRET_KEY);
        HttpResponse<String> unfit = raw.send("StartAITranscription", Json.write(Json.MAPPER.readTree(
                "{\"SdkAppId\":1400000001,\"RoomId\":\"r1\",\"TranscriptionParams\":{\"UserId\":\"b\",\"UserSig\":\"s\"}}")));
        assertThat(unfit.statusCode()).isEqualTo(200);
        assertThat(Json.parseOrNull(unfit.body()).path("Response").path("RequestId").isObject()).isTrue();
        assertThat(sim.trtcTasks().list()).isEmpty();
    }

    @Test
    void adminPathInjectsListsAndResets() throws Exception {
        HttpResponse<String> injected = admin("POST", "/_sim/faults",
                "{\"action\":\"DescribeCloudTranscription\",\"type\":\"error\",\"code\":\"InternalError.CTInternalError\","
                        + "\"message\":\"injected\",\"times\":2}");
        assertThat(injected.statusCode()).isEqualTo(200);
        assertThat(Json.parseOrNull(admin("GET", "/_sim/faults", null).body()).path("pending").asInt()).isEqualTo(2);
        DescribeCloudTranscriptionRequest describe = new DescribeCloudTranscriptionRequest();
        describe.setSdkAppId(SDK_APP_ID);
        describe.setTaskId("t");
        assertThat(errorCode(() -> client.DescribeCloudTranscription(describe))).isEqualTo("InternalError.CTInternalError");
        assertThat(admin("DELETE", "/_sim/faults", null).statusCode()).isEqualTo(200);
        assertThat(errorCode(() -> client.DescribeCloudTranscription(describe))).isEqualTo("FailedOperation.TaskNotExist");

        admin("POST", "/_sim/faults", "{\"action\":\"StartAITranscription\",\"type\":\"httpStatus\",\"status\":504}");
        assertThatThrownBy(() -> client.StartAITranscription(TrtcClients.startTranscription(room(), null)))
                .hasMessageContaining("504");
        assertThat(admin("POST", "/_sim/faults", "{\"type\":\"bogus\"}").statusCode()).isEqualTo(400);

        String taskId = client.StartAITranscription(TrtcClients.startTranscription(room(), null)).getTaskId();
        JsonNode tasks = Json.parseOrNull(admin("GET", "/_sim/tasks", null).body());
        assertThat(tasks.isArray()).isTrue();
        assertThat(tasks.get(0).path("vendor").asText()).isEqualTo("tencent");
        assertThat(tasks.get(0).path("id").asText()).isEqualTo(taskId);
        assertThat(tasks.get(0).path("status").asText()).isIn("Idle", "Preparing", "InProgress");
        assertThat(admin("GET", "/_sim/health", null).body()).contains("\"UP\"");
        assertThat(admin("POST", "/_sim/reset", null).statusCode()).isEqualTo(200);
        assertThat(Json.parseOrNull(admin("GET", "/_sim/tasks", null).body())).isEmpty();
    }

    @Test
    void maxIdleTimeEndsTasksInEmptyRoomsOnly() throws Exception {
        String emptyRoom = room();
        String busyRoom = room();
        assertThat(admin("POST", "/_sim/rooms/" + SDK_APP_ID + "/" + busyRoom + "/publishers", null).statusCode())
                .isEqualTo(200);
        // MaxIdleTime 4 "seconds" = 200 ms with fast timings
        String idle = client.StartAITranscription(TrtcClients.startTranscription(emptyRoom, 4L)).getTaskId();
        String busy = client.StartAITranscription(TrtcClients.startTranscription(busyRoom, 4L)).getTaskId();
        DescribeAITranscriptionRequest describeIdle = new DescribeAITranscriptionRequest();
        describeIdle.setTaskId(idle);
        DescribeAITranscriptionRequest describeBusy = new DescribeAITranscriptionRequest();
        describeBusy.setTaskId(busy);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(errorCode(() -> client.DescribeAITranscription(describeIdle)))
                        .isEqualTo("FailedOperation.TaskNotExist"));
        assertThat(client.DescribeAITranscription(describeBusy).getStatus()).isEqualTo("InProgress");
        // the last publisher leaves: the idle time starts now. The task is Stopped for the 200 ms grace, then gone:
        // a poll on a busy machine may see either
        admin("DELETE", "/_sim/rooms/" + SDK_APP_ID + "/" + busyRoom + "/publishers", null);
        await().atMost(Duration.ofSeconds(5)).until(() -> {
            try {
                return "Stopped".equals(client.DescribeAITranscription(describeBusy).getStatus());
            } catch (TencentCloudSDKException e) {
                return "FailedOperation.TaskNotExist".equals(e.getErrorCode());
            }
        });
    }

    @Test
    void cloudTranscriptionExitsAfterItsMaxIdleTime() throws Exception {
        // the simulator's clock only moves when the test moves it: each state is seen for sure on a busy machine
        ManualClock clock = new ManualClock();
        SimulatorTimings timings = SimulatorTimings.fast();
        try (RtcSimulator still = RtcSimulator.builder().timings(timings).clock(clock).build().start()) {
            TrtcClient stillClient = TrtcClients.demoClient(still);
            CreateCloudTranscriptionRequest create = TrtcSdkTest.createCloud(room());
            create.getTranscriptionParam().setMaxIdleTime(5L);
            String taskId = stillClient.CreateCloudTranscription(create).getTaskId();
            DescribeCloudTranscriptionRequest describe = new DescribeCloudTranscriptionRequest();
            describe.setSdkAppId(SDK_APP_ID);
            describe.setTaskId(taskId);
            Duration idleUntilExit = timings.inProgressAfter().plus(timings.apiSeconds(5));
            clock.advance(idleUntilExit.minusMillis(1));
            assertThat(stillClient.DescribeCloudTranscription(describe).getStatus()).isEqualTo("InProgress");
            clock.advance(Duration.ofMillis(1));
            assertThat(stillClient.DescribeCloudTranscription(describe).getStatus()).isEqualTo("Exited");
            clock.advance(timings.stoppedGrace().minusMillis(1));
            assertThat(stillClient.DescribeCloudTranscription(describe).getStatus()).isEqualTo("Exited");
            clock.advance(Duration.ofMillis(1));
            assertThat(errorCode(() -> stillClient.DescribeCloudTranscription(describe)))
                    .isEqualTo("FailedOperation.TaskNotExist");
            create.getTranscriptionParam().setMaxIdleTime(4L);
            assertThat(errorCode(() -> stillClient.CreateCloudTranscription(create)))
                    .isEqualTo("InvalidParameter.OutOfRange");
        }
    }

    private HttpResponse<String> admin(String method, String path, String body) throws Exception {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(sim.baseUrl() + path));
        req.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(req.build(), HttpResponse.BodyHandlers.ofString());
    }
}
