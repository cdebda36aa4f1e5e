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

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.trtc.v20190722.TrtcClient;
import com.tencentcloudapi.trtc.v20190722.models.AsrParam;
import com.tencentcloudapi.trtc.v20190722.models.ControlAIConversationRequest;
import com.tencentcloudapi.trtc.v20190722.models.CreateCloudTranscriptionRequest;
import com.tencentcloudapi.trtc.v20190722.models.DeleteCloudTranscriptionRequest;
import com.tencentcloudapi.trtc.v20190722.models.DeleteCloudTranscriptionResponse;
import com.tencentcloudapi.trtc.v20190722.models.DescribeAIConversationRequest;
import com.tencentcloudapi.trtc.v20190722.models.DescribeAIConversationResponse;
import com.tencentcloudapi.trtc.v20190722.models.DescribeAITranscriptionRequest;
import com.tencentcloudapi.trtc.v20190722.models.DescribeAITranscriptionResponse;
import com.tencentcloudapi.trtc.v20190722.models.DescribeCloudTranscriptionRequest;
import com.tencentcloudapi.trtc.v20190722.models.DescribeCloudTranscriptionResponse;
import com.tencentcloudapi.trtc.v20190722.models.ServerPushText;
import com.tencentcloudapi.trtc.v20190722.models.StartAIConversationRequest;
import com.tencentcloudapi.trtc.v20190722.models.StartAITranscriptionRequest;
import com.tencentcloudapi.trtc.v20190722.models.StopAIConversationRequest;
import com.tencentcloudapi.trtc.v20190722.models.StopAITranscriptionRequest;
import com.tencentcloudapi.trtc.v20190722.models.TranscriptionParam;
import com.tencentcloudapi.trtc.v20190722.models.UpdateAIConversationRequest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelrtc.simulator.RtcSimulator;
import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.simulator.SdkCalls;
import dev.camelrtc.simulator.SimulatorTimings;

import static dev.camelrtc.simulator.trtc.TrtcClients.SDK_APP_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The official tencentcloud-sdk-java TrtcClient (3.1.1436) as oracle against the simulator. */
class TrtcSdkTest {

    @RegisterExtension
    static final RtcSimulatorExtension SIM = RtcSimulatorExtension.builder()
            .timings(SimulatorTimings.fast())
            .tencentKey("AKIDconfigured", "configuredSecretKey")
            .build();

    private static String room() {
        return "room-" + UUID.randomUUID();
    }

    @Test
    void aiTranscriptionLifecycle(RtcSimulator sim) throws Exception {
        TrtcClient client = TrtcClients.client(sim, "AKIDconfigured", "configuredSecretKey", "ap-singapore");
        String taskId = client.StartAITranscription(TrtcClients.startTranscription(room(), null)).getTaskId();
        assertThat(taskId).isNotBlank();

        DescribeAITranscriptionRequest describe = new DescribeAITranscriptionRequest();
        describe.setTaskId(taskId);
        await().atMost(Duration.ofSeconds(5)).until(() -> client.DescribeAITranscription(describe).getStatus(),
                "InProgress"::equals);
        DescribeAITranscriptionResponse running = client.DescribeAITranscription(describe);
        assertThat(running.getTaskId()).isEqualTo(taskId);
        assertThat(running.getStartTime()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{6}");
        assertThat(running.getRequestId()).isNotBlank();

        StopAITranscriptionRequest stop = new StopAITranscriptionRequest();
        stop.setTaskId(taskId);
        assertThat(client.StopAITranscription(stop).getRequestId()).isNotBlank();
        assertThat(client.DescribeAITranscription(describe).getStatus()).isEqualTo("Stopped");
        // after the stopped grace the task is gone
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(errorCode(() -> client.DescribeAITranscription(describe)))
                        .isEqualTo("FailedOperation.TaskNotExist"));
    }

    @Test
    void aiTranscriptionIsFoundBySessionWhenTaskIdIsEmpty(RtcSimulator sim) throws Exception {
        TrtcClient client = TrtcClients.demoClient(sim);
        StartAITranscriptionRequest start = TrtcClients.startTranscription(room(), null);
        String session = "session-" + UUID.randomUUID();
        start.setSessionId(session);
        String taskId = client.StartAITranscription(start).getTaskId();
        DescribeAITranscriptionRequest bySession = new DescribeAITranscriptionRequest();
        bySession.setTaskId("");
        bySession.setSdkAppId(SDK_APP_ID);
        bySession.setSessionId(session);
        DescribeAITranscriptionResponse found = client.DescribeAITranscription(bySession);
        assertThat(found.getTaskId()).isEqualTo(taskId);
        assertThat(found.getSessionId()).isEqualTo(session);
        // same SessionId again → duplicate, even in another room
        StartAITranscriptionRequest again = TrtcClients.startTranscription(room(), null);
        again.setSessionId(session);
        assertThat(errorCode(() -> client.StartAITranscription(again))).isEqualTo("FailedOperation.TaskExist");
    }

    @Test
    void aiConversationLifecycleWithUpdateAndControl(RtcSimulator sim) throws Exception {
        TrtcClient client = TrtcClients.demoClient(sim);
        String taskId = client.StartAIConversation(TrtcClients.startConversation(room())).getTaskId();
        DescribeAIConversationRequest describe = new DescribeAIConversationRequest();
        describe.setTaskId(taskId);
        await().atMost(Duration.ofSeconds(5)).until(() -> client.DescribeAIConversation(describe).getStatus(),
                "InProgress"::equals);

        UpdateAIConversationRequest update = new UpdateAIConversationRequest();
        update.setTaskId(taskId);
        update.setWelcomeMessage("hello");
        update.setLLMConfig("{\"LLMType\":\"openai\"}");
        assertThat(client.UpdateAIConversation(update).getRequestId()).isNotBlank();
        update.setLLMConfig("not json");
        assertThat(errorCode(() -> client.UpdateAIConversation(update))).isEqualTo("InvalidParameter");

        ControlAIConversationRequest control = new ControlAIConversationRequest();
        control.setTaskId(taskId);
        control.setCommand("ServerPushText");
        assertThat(errorCode(() -> client.ControlAIConversation(control))).startsWith("MissingParameter");
        ServerPushText push = new ServerPushText();
        push.setText("hi there");
        push.setInterrupt(true);
        control.setServerPushText(push);
        assertThat(client.ControlAIConversation(control).getRequestId()).isNotBlank();

        StopAIConversationRequest stop = new StopAIConversationRequest();
        stop.setTaskId(taskId);
        client.StopAIConversation(stop);
        DescribeAIConversationResponse stopped = client.DescribeAIConversation(describe);
        assertThat(stopped.getStatus()).isEqualTo("Stopped");
        assertThat(errorCode(() -> client.ControlAIConversation(control))).isEqualTo("FailedOperation.TaskNotExist");
        assertThat(errorCode(() -> client.StopAIConversation(stop))).isEqualTo("FailedOperation.TaskNotExist");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(errorCode(() -> client.DescribeAIConversation(describe)))
                        .isEqualTo("FailedOperation.TaskNotExist"));
    }

    @Test
    void cloudTranscriptionLifecycle(RtcSimulator sim) throws Exception {
        TrtcClient client = TrtcClients.client(sim, RtcSimulator.DEMO_TENCENT_SECRET_ID,
                RtcSimulator.DEMO_TENCENT_SECRET_KEY, "ap-hongkong");
        CreateCloudTranscriptionRequest create = createCloud(room());
        String taskId = client.CreateCloudTranscription(create).getTaskId();
        assertThat(errorCode(() -> client.CreateCloudTranscription(create))).isEqualTo("FailedOperation.TaskExist");

        DescribeCloudTranscriptionRequest describe = new DescribeCloudTranscriptionRequest();
        describe.setSdkAppId(SDK_APP_ID);
        describe.setTaskId(taskId);
        DescribeCloudTranscriptionResponse first = client.DescribeCloudTranscription(describe);
        assertThat(first.getStatus()).isIn("Idle", "InProgress");
        assertThat(first.getStartTime()).isBetween(Instant.now().minusSeconds(60).toEpochMilli(),
                Instant.now().toEpochMilli());
        await().atMost(Duration.ofSeconds(5)).until(() -> client.DescribeCloudTranscription(describe).getStatus(),
                "InProgress"::equals);

        DeleteCloudTranscriptionRequest delete = new DeleteCloudTranscriptionRequest();
        delete.setSdkAppId(SDK_APP_ID);
        delete.setTaskId(taskId);
        DeleteCloudTranscriptionResponse deleted = client.DeleteCloudTranscription(delete);
        assertThat(deleted.getTaskId()).isEqualTo(taskId);
        assertThat(client.DescribeCloudTranscription(describe).getStatus()).isEqualTo("Exited");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(errorCode(() -> client.DescribeCloudTranscription(describe)))
                        .isEqualTo("FailedOperation.TaskNotExist"));
        // a new task for the same room and bot is allowed once the old one exited
        assertThat(client.CreateCloudTranscription(create).getTaskId()).isNotEqualTo(taskId);
    }

    @Test
    void authenticationErrors(RtcSimulator sim) {
        StartAITranscriptionRequest start = TrtcClients.startTranscription(room(), null);
        assertThat(errorCode(() -> TrtcClients.client(sim, "AKIDconfigured", "wrongKey", "ap-guangzhou")
                .StartAITranscription(start))).isEqualTo("AuthFailure.SignatureFailure");
        assertThat(errorCode(() -> TrtcClients.client(sim, "AKIDnobody", "whatever", "ap-guangzhou")
                .StartAITranscription(start))).isEqualTo("AuthFailure.SecretIdNotFound");
        assertThat(sim.trtcTasks().list()).noneMatch(t -> t.roomId().equals(start.getRoomId()));
    }

    @Test
    void expiredTimestampIsRejected(RtcSimulator sim) throws Exception {
        RawTrtcClient raw = new RawTrtcClient(sim.port(), RtcSimulator.DEMO_TENCENT_SECRET_ID,
                RtcSimulator.DEMO_TENCENT_SECRET_KEY);
        String body = "{\"TaskId\":\"nope\"}";
        HttpResponse<String> old = raw.send("DescribeAITranscription", body,
                Instant.now().minusSeconds(400).getEpochSecond(), "ap-guangzhou");
        assertThat(old.statusCode()).isEqualTo(200);
        assertThat(old.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(old.body()).contains("\"Code\":\"AuthFailure.SignatureExpire\"").contains("\"RequestId\"");
        // the same request signed now passes authentication and reaches the task lookup
        assertThat(raw.send("DescribeAITranscription", body).body()).contains("FailedOperation.TaskNotExist");
    }

    @Test
    void headerAndParameterErrors(RtcSimulator sim) throws Exception {
        TrtcClient client = TrtcClients.demoClient(sim);
        StartAITranscriptionRequest noRoom = TrtcClients.startTranscription(room(), null);
        noRoom.setRoomId(null);
        assertThat(errorCode(() -> client.StartAITranscription(noRoom))).isEqualTo("MissingParameter.RoomId");
        StartAITranscriptionRequest noSig = TrtcClients.startTranscription(room(), null);
        noSig.getTranscriptionParams().setUserSig(null);
        assertThat(errorMessage(() -> client.StartAITranscription(noSig))).contains("TranscriptionParams.UserSig");
        StartAITranscriptionRequest mode1 = TrtcClients.startTranscription(room(), null);
        mode1.getTranscriptionParams().setTranscriptionMode(1L);
        assertThat(errorMessage(() -> client.StartAITranscription(mode1))).contains("TargetUserId");
        StartAIConversationRequest noLlm = TrtcClients.startConversation(room());
        noLlm.setLLMConfig(null);
        assertThat(errorCode(() -> client.StartAIConversation(noLlm))).startsWith("MissingParameter");
        StartAIConversationRequest badTts = TrtcClients.startConversation(room());
        badTts.setTTSConfig("[1,2]");
        assertThat(errorCode(() -> client.StartAIConversation(badTts))).isEqualTo("InvalidParameter");
        CreateCloudTranscriptionRequest noLang = createCloud(room());
        noLang.getAsrParam().setLang(null);
        assertThat(errorCode(() -> client.CreateCloudTranscription(noLang))).isEqualTo("MissingParameter.ASRLang");
        StopAITranscriptionRequest unknown = new StopAITranscriptionRequest();
        unknown.setTaskId("no-such-task");
        assertThat(errorCode(() -> client.StopAITranscription(unknown))).isEqualTo("FailedOperation.TaskNotExist");
        // region outside the action's list
        assertThat(errorCode(() -> TrtcClients.client(sim, RtcSimulator.DEMO_TENCENT_SECRET_ID,
                RtcSimulator.DEMO_TENCENT_SECRET_KEY, "eu-frankfurt").StartAITranscription(
                TrtcClients.startTranscription(room(), null)))).isEqualTo("UnsupportedRegion");

        RawTrtcClient raw = new RawTrtcClient(sim.port(), RtcSimulator.DEMO_TENCENT_SECRET_ID,
                RtcSimulator.DEMO_TENCENT_SECRET_KEY);
        long now = Instant.now().getEpochSecond();
        assertThat(raw.send("DescribeAITranscription", "{\"TaskId\":\"x\"}", now, null).body())
                .contains("\"Code\":\"MissingParameter\"").contains("Region");
        assertThat(raw.send("NoSuchThing", "{}").body()).contains("\"Code\":\"InvalidAction\"");
        assertThat(raw.send("StartAITranscription", "{\"SdkAppId\":\"1400000001\",\"RoomId\":\"r\","
                + "\"TranscriptionParams\":{\"UserId\":\"b\",\"UserSig\":\"s\"}}").body())
                .contains("\"Code\":\"InvalidParameter\"").contains("SdkAppId");
        assertThat(raw.send("StartAITranscription", "this is not json").body())
                .contains("\"Code\":\"InvalidParameter\"");
    }

    @Test
    void duplicateStartsAreRejectedPerRoomAndBot(RtcSimulator sim) {
        TrtcClient client = TrtcClients.demoClient(sim);
        String room = room();
        assertThat(errorCode(() -> client.StartAITranscription(TrtcClients.startTranscription(room, null)))).isNull();
        assertThat(errorCode(() -> client.StartAITranscription(TrtcClients.startTranscription(room, null))))
                .isEqualTo("FailedOperation.TaskExist");
        assertThat(errorCode(() -> client.StartAIConversation(TrtcClients.startConversation(room)))).isNull();
        assertThat(errorCode(() -> client.StartAIConversation(TrtcClients.startConversation(room))))
                .isEqualTo("FailedOperation.TaskExist");
    }

    @Test
    void burstOverTheQpsLimitIsThrottled(RtcSimulator sim) throws Exception {
        TrtcClient client = TrtcClients.demoClient(sim);
        DescribeAIConversationRequest describe = new DescribeAIConversationRequest();
        describe.setTaskId("no-such-task");
        long throttledBefore = sim.throttledCalls();
        List<String> codes = SdkCalls.burst(30, () -> errorCode(() -> client.DescribeAIConversation(describe)));
        assertThat(codes).contains("RequestLimitExceeded");
        assertThat(sim.throttledCalls() - throttledBefore).as("the simulator counts the calls it throttled")
                .isEqualTo(codes.stream().filter("RequestLimitExceeded"::equals).count());
        assertThat(codes).contains("FailedOperation.TaskNotExist");
        assertThat(codes.stream().filter("FailedOperation.TaskNotExist"::equals).count()).isLessThanOrEqualTo(20);
    }

    static CreateCloudTranscriptionRequest createCloud(String roomId) {
        CreateCloudTranscriptionRequest req = new CreateCloudTranscriptionRequest();
        req.setSdkAppId(SDK_APP_ID);
        req.setRoomId(roomId);
        req.setRoomIdType(1L);
        TranscriptionParam tp = new TranscriptionParam();
        tp.setUserId("ct-bot");
        tp.setUserSig("sig");
        req.setTranscriptionParam(tp);
        AsrParam asr = new AsrParam();
        asr.setLang("bigmodel-zh");
        req.setAsrParam(asr);
        return req;
    }

    /** The SDK's error code of the call, or null when it succeeded. */
    static String errorCode(Callable<?> call) {
        return SdkCalls.failure(call, TencentCloudSDKException.class, TencentCloudSDKException::getErrorCode);
    }

    static String errorMessage(Callable<?> call) {
        String message = SdkCalls.failure(call, TencentCloudSDKException.class, TencentCloudSDKException::getMessage);
        assertThat(message).as("expected an error").isNotNull();
        return message;
    }
}
