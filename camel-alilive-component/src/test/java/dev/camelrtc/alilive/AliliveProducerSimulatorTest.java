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

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.AsyncProcessor;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.camelrtc.alilive.model.CreateRtcAsrTaskRequest;
import dev.camelrtc.alilive.model.CreateRtcAsrTaskResponse;
import dev.camelrtc.alilive.model.DeleteRtcAsrTaskResponse;
import dev.camelrtc.alilive.model.QueryRtcAsrTasksResponse;
import dev.camelrtc.alilive.model.RtcAsrTask;
import dev.camelrtc.alilive.model.StopRtcAsrTaskResponse;
import dev.camelrtc.simulator.Fault;
import dev.camelrtc.simulator.RtcSimulator;
import dev.camelrtc.simulator.SimulatorTimings;
import dev.camelrtc.simulator.aliyun.RtcAsrTasks;
import dev.camelrtc.support.call.CloudApiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every operation and the error paths, over real HTTP on loopback against the simulator's Alibaba RPC API. Tests of
 * how a single failed call reads use retryAttempts=1; retries are AliliveRetryTest's.
 */
class AliliveProducerSimulatorTest {

    private static final String KEY_ID = "LTAItestkey000001";
    private static final String KEY_SECRET = "testSecret-never-printed-0001";

    private static RtcSimulator simulator;
    private static CamelContext context;

    @BeforeAll
    static void start() {
        simulator = RtcSimulator.builder().port(0).aliyunKey(KEY_ID, KEY_SECRET).timings(SimulatorTimings.fast())
                .build().start();
        context = new DefaultCamelContext();
        AliliveComponent component = context.getComponent("alilive", AliliveComponent.class);
        component.getConfiguration().setAccessKey(KEY_ID);
        component.getConfiguration().setSecretKey(KEY_SECRET);
        component.getConfiguration().setEndpoint(simulator.baseUrl());
        context.start();
    }

    @AfterAll
    static void stop() {
        context.stop();
        simulator.close();
    }

    @BeforeEach
    void reset() {
        simulator.reset();
    }

    @Test
    void createQueryStopDeleteLifecycle() {
        Exchange created = send("alilive:createRtcAsrTask", liveRequest("rtmp://example.com/app/one"), Map.of());
        Exchange other = send("alilive:createRtcAsrTask", liveRequest("rtmp://example.com/app/two"), Map.of());

        assertThat(created.getException()).isNull();
        CreateRtcAsrTaskResponse createResponse = created.getMessage().getBody(CreateRtcAsrTaskResponse.class);
        String taskId = createResponse.getTaskId();
        assertThat(taskId).startsWith("asr-");
        assertThat(createResponse.getRetCode()).isEqualTo(2000L);
        assertThat(created.getMessage().getHeader(AliliveConstants.TASK_ID)).isEqualTo(taskId);
        assertThat(created.getMessage().getHeader(AliliveConstants.REQUEST_ID, String.class)).isNotBlank();
        String otherId = other.getMessage().getBody(CreateRtcAsrTaskResponse.class).getTaskId();

        Exchange queriedOne = send("alilive:queryRtcAsrTasks", null, Map.of(AliliveConstants.TASK_ID, taskId));
        assertThat(queriedOne.getException()).isNull();
        QueryRtcAsrTasksResponse one = queriedOne.getMessage().getBody(QueryRtcAsrTasksResponse.class);
        assertThat(one.getTasks()).extracting(RtcAsrTask::getTaskId).containsExactly(taskId);
        RtcAsrTask task = one.getTask(taskId);
        assertThat(task.getMode()).isEqualTo("live");
        assertThat(task.getStreamUrl()).isEqualTo("rtmp://example.com/app/one");
        assertThat(task.getLanguage()).isEqualTo("cn");
        assertThat(queriedOne.getMessage().getHeader(AliliveConstants.STATUS)).isEqualTo(task.getStatus());
        assertThat(queriedOne.getMessage().getHeader(AliliveConstants.TASK_ID)).isEqualTo(taskId);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Exchange all = send("alilive:queryRtcAsrTasks", null, Map.of());
            assertThat(all.getException()).isNull();
            QueryRtcAsrTasksResponse listing = all.getMessage().getBody(QueryRtcAsrTasksResponse.class);
            assertThat(listing.getTasks()).extracting(RtcAsrTask::getTaskId).contains(taskId, otherId);
            assertThat(listing.getTask(taskId).getStatus()).isEqualTo(1);
        });

        // a blank header leaves the URI's task id
        Exchange stopped = send("alilive:stopRtcAsrTask?taskId=" + taskId, null, Map.of(AliliveConstants.TASK_ID, " "));
        assertThat(stopped.getException()).isNull();
        assertThat(stopped.getMessage().getBody()).isInstanceOf(StopRtcAsrTaskResponse.class);
        assertThat(stopped.getMessage().getHeader(AliliveConstants.TASK_ID)).isEqualTo(taskId);
        QueryRtcAsrTasksResponse afterStop = send("alilive:queryRtcAsrTasks", null, Map.of()).getMessage()
                .getBody(QueryRtcAsrTasksResponse.class);
        assertThat(afterStop.getTasksById()).doesNotContainKey(taskId).containsKey(otherId);

        // The header operation overrides the URI's
        Exchange deleted = send("alilive:queryRtcAsrTasks", Map.of("TaskId", taskId),
                Map.of(AliliveConstants.OPERATION, "deleteRtcAsrTask"));
        assertThat(deleted.getException()).isNull();
        assertThat(deleted.getMessage().getBody()).isInstanceOf(DeleteRtcAsrTaskResponse.class);
        assertThat(simulator.rtcAsrTasks().list()).extracting(RtcAsrTasks.TaskView::taskId).containsExactly(otherId);
    }

    @Test
    void rtcModeAndV3SignatureAreAccepted() {
        CreateRtcAsrTaskRequest request = new CreateRtcAsrTaskRequest().withMode("rtc").withSdkAppId("app-1")
                .withChannelId("channel-1").withRtcUserId("user-1").withLanguage("en")
                .withCallbackUrl("http://127.0.0.1:9/cb").withTranslateEnabled(true).withTargetLanguages("cn")
                .withAutoTerminateEnabled(true).withAutoTerminateDelay(5L).withReportInterval(-1L)
                .withAuthKey("cb-key");

        Exchange created = send("alilive:createRtcAsrTask?signatureVersion=v3", request, Map.of());

        assertThat(created.getException()).isNull();
        String taskId = created.getMessage().getBody(CreateRtcAsrTaskResponse.class).getTaskId();
        Exchange queried = send("alilive:queryRtcAsrTasks?signatureVersion=v3&taskId=" + taskId, null, Map.of());
        assertThat(queried.getException()).isNull();
        assertThat(queried.getMessage().getBody(QueryRtcAsrTasksResponse.class).getTask(taskId).getMode())
                .isEqualTo("rtc");
    }

    @Test
    void unknownTaskIsConfigNotFound() {
        Exchange exchange = send("alilive:stopRtcAsrTask?taskId=asr-does-not-exist", null, Map.of());

        AliliveException e = exchange.getException(AliliveException.class);
        assertThat(e).isNotNull();
        assertThat(e.getCode()).isEqualTo("ConfigNotFound");
        assertThat(e.getHttpStatus()).isEqualTo(400);
        assertThat(e.getAction()).isEqualTo("StopRtcAsrTask");
        assertThat(e.getRequestId()).isNotBlank();
        assertThat(e.getMessage()).contains("ConfigNotFound", "StopRtcAsrTask", e.getRequestId());
    }

    @Test
    void wrongSecretIsSignatureDoesNotMatchWithoutTheSecretInTheMessage() {
        Exchange exchange = send("alilive:queryRtcAsrTasks?secretKey=wrong-secret-value-42", null, Map.of());

        AliliveException e = exchange.getException(AliliveException.class);
        assertThat(e).isNotNull();
        assertThat(e.getCode()).isEqualTo("SignatureDoesNotMatch");
        assertThat(e.getHttpStatus()).isEqualTo(400);
        assertThat(e.getMessage()).doesNotContain("wrong-secret-value-42").doesNotContain(KEY_SECRET);
    }

    @Test
    void missingParameterFailsBeforeAnyRequestIsSent() {
        simulator.faults().inject("CreateRtcAsrTask", Fault.httpStatus(502), 1);
        simulator.faults().inject("StopRtcAsrTask", Fault.httpStatus(502), 1);

        Exchange create = send("alilive:createRtcAsrTask", new CreateRtcAsrTaskRequest().withMode("live")
                .withLanguage("cn").withCallbackUrl("http://cb"), Map.of());
        Exchange stop = send("alilive:stopRtcAsrTask", null, Map.of());

        assertThat(create.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Missing required parameter StreamURL for operation createRtcAsrTask (Mode=live)");
        assertThat(stop.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Missing required parameter TaskId for operation stopRtcAsrTask");
        // an injected fault is consumed by the first matching request: both still pending = nothing arrived
        assertThat(simulator.faults().pending()).isEqualTo(2);
        assertThat(simulator.rtcAsrTasks().list()).isEmpty();
    }

    @Test
    void injectedEnvelopeErrorKeepsHostIdAndRecommend() {
        simulator.faults().inject("QueryRtcAsrTasks", Fault.error("InternalError", "liveapi server error", 500), 1);

        AliliveException e = send("alilive:queryRtcAsrTasks?retryAttempts=1", null, Map.of())
                .getException(AliliveException.class);

        assertThat(e.getCode()).isEqualTo("InternalError");
        assertThat(e.getErrorMessage()).isEqualTo("liveapi server error");
        assertThat(e.getHttpStatus()).isEqualTo(500);
        assertThat(e.getHostId()).isNotBlank();
        assertThat(e.getRequestId()).isNotBlank();
    }

    @Test
    void htmlGatewayPageIsAnInvalidResponseNamingHttp502() {
        simulator.faults().inject("QueryRtcAsrTasks", Fault.httpStatus(502), 1);

        AliliveException e = send("alilive:queryRtcAsrTasks?retryAttempts=1", null, Map.of())
                .getException(AliliveException.class);

        assertThat(e.getCode()).isEqualTo(CloudApiException.INVALID_RESPONSE);
        assertThat(e.getHttpStatus()).isEqualTo(502);
        assertThat(e.getMessage()).contains("HTTP 502");
    }

    @Test
    void malformedAndTruncatedBodiesAreInvalidResponses() {
        simulator.faults().inject("QueryRtcAsrTasks", Fault.malformedBody(), 1);
        simulator.faults().inject("CreateRtcAsrTask", Fault.truncatedBody(), 1);

        AliliveException malformed = send("alilive:queryRtcAsrTasks?retryAttempts=1", null, Map.of())
                .getException(AliliveException.class);
        AliliveException truncated = send("alilive:createRtcAsrTask?retryAttempts=1",
                liveRequest("rtmp://s/t"), Map.of())
                .getException(AliliveException.class);

        assertThat(malformed.getCode()).isEqualTo(CloudApiException.INVALID_RESPONSE);
        assertThat(malformed.getMessage()).contains("HTTP 200");
        assertThat(truncated.getCode()).isEqualTo(CloudApiException.INVALID_RESPONSE);
        assertThat(truncated.getAction()).isEqualTo("CreateRtcAsrTask");
    }

    @Test
    void droppedConnectionIsANetworkError() {
        simulator.faults().inject("DeleteRtcAsrTask", Fault.dropConnection(), 1);

        AliliveException e = send("alilive:deleteRtcAsrTask?taskId=asr-x&retryAttempts=1", null, Map.of())
                .getException(AliliveException.class);

        assertThat(e.getCode()).isEqualTo(CloudApiException.NETWORK_ERROR);
        assertThat(e.getHttpStatus()).isZero();
        assertThat(e.getAction()).isEqualTo("DeleteRtcAsrTask");
    }

    @Test
    void producerReturnsBeforeTheReplyAndContinuesOnACamelThreadNotTheHttpClients() throws Exception {
        simulator.faults().inject("QueryRtcAsrTasks", Fault.latency(Duration.ofMillis(500)), 1);
        Producer producer = context.getEndpoint("alilive:queryRtcAsrTasks").createAsyncProducer();
        producer.start();
        try {
            Exchange exchange = new DefaultExchange(context);
            AtomicReference<String> completedOn = new AtomicReference<>();

            boolean doneSync = ((AsyncProcessor) producer).process(exchange,
                    sync -> completedOn.set(Thread.currentThread().getName()));

            assertThat(doneSync).isFalse();
            assertThat(completedOn.get()).isNull();
            await().atMost(Duration.ofSeconds(10)).until(() -> completedOn.get() != null);
            assertThat(completedOn.get()).contains("alilive-reply").doesNotContain("camel-alilive-http");
            assertThat(exchange.getException()).isNull();
            assertThat(exchange.getMessage().getBody()).isInstanceOf(QueryRtcAsrTasksResponse.class);
        } finally {
            producer.stop();
        }
    }

    @Test
    void aStreamBodyIsReadAsJsonAndAnUnreadableOneIsRefused() {
        String json = "{\"Mode\":\"live\",\"StreamURL\":\"rtmp://example.com/app/stream\",\"Language\":\"cn\","
                + "\"CallbackURL\":\"http://127.0.0.1:9/cb\"}";
        Exchange created = send("alilive:createRtcAsrTask",
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Map.of());
        assertThat(created.getException()).isNull();
        assertThat(created.getMessage().getHeader(AliliveConstants.TASK_ID, String.class)).startsWith("asr-");

        Exchange refused = send("alilive:createRtcAsrTask", new Object(), Map.of());
        assertThat(refused.getException()).hasMessageContaining("cannot use a message body of type java.lang.Object");
    }

    private static CreateRtcAsrTaskRequest liveRequest(String streamUrl) {
        return new CreateRtcAsrTaskRequest().withMode("live").withStreamUrl(streamUrl).withLanguage("cn")
                .withCallbackUrl("http://127.0.0.1:9/cb");
    }

    private static Exchange send(String uri, Object body, Map<String, Object> headers) {
        return context.createProducerTemplate().send(uri, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new HashMap<>(headers));
        });
    }
}
