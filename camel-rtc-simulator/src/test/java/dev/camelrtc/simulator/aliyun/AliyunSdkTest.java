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
package dev.camelrtc.simulator.aliyun;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.concurrent.Callable;

import com.aliyuncs.AcsRequest;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.auth.RpcSignatureComposer;
import com.aliyuncs.auth.SignatureVersion;
import com.aliyuncs.auth.signers.HmacSHA1Signer;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.live.model.v20161101.CreateRtcAsrTaskRequest;
import com.aliyuncs.live.model.v20161101.CreateRtcAsrTaskResponse;
import com.aliyuncs.live.model.v20161101.DeleteRtcAsrTaskRequest;
import com.aliyuncs.live.model.v20161101.QueryRtcAsrTasksRequest;
import com.aliyuncs.live.model.v20161101.StopRtcAsrTaskRequest;
import com.aliyuncs.live.model.v20161101.StopRtcAsrTaskResponse;
import com.aliyuncs.profile.DefaultProfile;
import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelrtc.simulator.Fault;
import dev.camelrtc.simulator.RtcSimulator;
import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.simulator.SdkCalls;
import dev.camelrtc.simulator.SimulatorTimings;
import dev.camelrtc.simulator.http.Json;
import dev.camelrtc.simulator.http.UrlCodec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The official aliyun-java-sdk-core 4.7.10 + aliyun-java-sdk-live 3.9.76 as oracle against the simulator. */
class AliyunSdkTest {

    private static final String AK = "LTAIconfigured";
    private static final String SECRET = "configuredSecret";

    @RegisterExtension
    static final RtcSimulatorExtension SIM = RtcSimulatorExtension.builder()
            .timings(SimulatorTimings.fast())
            .aliyunKey(AK, SECRET)
            .build();

    private static DefaultAcsClient client(String accessKeyId, String secret) {
        return new DefaultAcsClient(DefaultProfile.getProfile("cn-shanghai", accessKeyId, secret));
    }

    private static <T extends AcsRequest<?>> T local(T request) {
        request.setSysEndpoint("127.0.0.1:" + SIM.simulator().port());
        request.setSysProtocol(ProtocolType.HTTP);
        return request;
    }

    private static CreateRtcAsrTaskRequest createLive() {
        CreateRtcAsrTaskRequest r = local(new CreateRtcAsrTaskRequest());
        r.setMode("live");
        r.setStreamURL("rtmp://example.com/app/stream?a=b c*~");
        r.setLanguage("cn");
        r.setCallbackURL("http://cb.example.com/x");
        r.setTranslateEnabled(true);
        r.setReportInterval(0L);
        return r;
    }

    private static JsonNode query(DefaultAcsClient client, String taskId) throws Exception {
        QueryRtcAsrTasksRequest q = local(new QueryRtcAsrTasksRequest());
        if (taskId != null) {
            q.setTaskId(taskId);
        }
        com.aliyuncs.http.HttpResponse response = client.doAction(q);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHttpContentType()).isEqualTo(FormatType.JSON);
        return Json.MAPPER.readTree(response.getHttpContentString());
    }

    @Test
    void createQueryStopDeleteWithV1Signatures() throws Exception {
        DefaultAcsClient client = client(AK, SECRET);
        CreateRtcAsrTaskResponse created = client.getAcsResponse(createLive());
        assertThat(created.getRetCode()).isEqualTo(2000L);
        assertThat(created.getDescription()).isEqualTo("success");
        assertThat(created.getTaskId()).matches("asr-[0-9a-f-]{36}");
        assertThat(created.getRequestId()).isNotBlank();
        String taskId = created.getTaskId();

        await().atMost(Duration.ofSeconds(5)).until(() -> query(client, taskId).at("/Tasks/" + taskId + "/status")
                .asInt(), s -> s == RtcAsrTask.RUNNING);
        JsonNode task = query(client, taskId).path("Tasks").path(taskId);
        assertThat(task.path("taskId").asText()).isEqualTo(taskId);
        assertThat(task.path("mode").asText()).isEqualTo("live");
        assertThat(task.path("streamUrl").asText()).isEqualTo("rtmp://example.com/app/stream?a=b c*~");
        assertThat(task.path("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00");
        assertThat(task.path("reportInterval").isTextual()).isTrue();
        assertThat(task.path("aliUid").isTextual()).isTrue();
        assertThat(query(client, null).path("Tasks").has(taskId)).isTrue();

        StopRtcAsrTaskRequest stop = local(new StopRtcAsrTaskRequest());
        stop.setTaskId(taskId);
        StopRtcAsrTaskResponse stopped = client.getAcsResponse(stop);
        assertThat(stopped.getRetCode()).isEqualTo(2000L);
        assertThat(query(client, taskId).at("/Tasks/" + taskId + "/status").asInt()).isEqualTo(RtcAsrTask.STOPPED);
        assertThat(query(client, null).path("Tasks").has(taskId)).isFalse();

        DeleteRtcAsrTaskRequest delete = local(new DeleteRtcAsrTaskRequest());
        delete.setTaskId(taskId);
        assertThat(client.getAcsResponse(delete).getRetCode()).isEqualTo(2000L);
        assertThat(errorCode(() -> client.getAcsResponse(delete))).isEqualTo("ConfigNotFound");
        assertThat(errorCode(() -> client.getAcsResponse(stop))).isEqualTo("ConfigNotFound");
    }

    @Test
    void v3SignaturesWork() throws Exception {
        DefaultAcsClient client = client(RtcSimulator.DEMO_ALIYUN_ACCESS_KEY_ID,
                RtcSimulator.DEMO_ALIYUN_ACCESS_KEY_SECRET);
        client.setSignatureVersion(SignatureVersion.V3);
        String taskId = client.getAcsResponse(createLive()).getTaskId();
        assertThat(query(client, taskId).path("Tasks").has(taskId)).isTrue();
        DeleteRtcAsrTaskRequest delete = local(new DeleteRtcAsrTaskRequest());
        delete.setTaskId(taskId);
        assertThat(client.getAcsResponse(delete).getRetCode()).isEqualTo(2000L);

        DefaultAcsClient wrong = client(RtcSimulator.DEMO_ALIYUN_ACCESS_KEY_ID, "wrong");
        wrong.setSignatureVersion(SignatureVersion.V3);
        assertThat(errorCode(() -> wrong.getAcsResponse(createLive()))).isEqualTo("SDK.InvalidAccessKeySecret");
    }

    @Test
    void documentedErrors() {
        assertThat(errorCode(() -> client(AK, "wrongSecret").getAcsResponse(createLive())))
                .isEqualTo("SDK.InvalidAccessKeySecret");
        assertThat(errorCode(() -> client("LTAInobody", SECRET).getAcsResponse(createLive())))
                .isEqualTo("InvalidAccessKeyId.NotFound");
        CreateRtcAsrTaskRequest noLanguage = local(new CreateRtcAsrTaskRequest());
        noLanguage.setMode("live");
        noLanguage.setStreamURL("rtmp://example.com/live/s");
        noLanguage.setCallbackURL("http://cb.example.com/x");
        assertThat(errorMessage(() -> client(AK, SECRET).getAcsResponse(noLanguage))).contains("Language");
        assertThat(errorCode(() -> client(AK, SECRET).getAcsResponse(noLanguage))).isEqualTo("MissingParameter");
        CreateRtcAsrTaskRequest rtcWithoutChannel = createLive();
        rtcWithoutChannel.setMode("rtc");
        rtcWithoutChannel.setSDKAppID("app");
        rtcWithoutChannel.setRtcUserId("u");
        assertThat(errorMessage(() -> client(AK, SECRET).getAcsResponse(rtcWithoutChannel))).contains("ChannelID");
        CreateRtcAsrTaskRequest badMode = createLive();
        badMode.setMode("tv");
        assertThat(errorCode(() -> client(AK, SECRET).getAcsResponse(badMode))).isEqualTo("InvalidParameter");
        // another key does not see this key's tasks
        StopRtcAsrTaskRequest stop = local(new StopRtcAsrTaskRequest());
        stop.setTaskId("asr-unknown");
        assertThat(errorCode(() -> client(AK, SECRET).getAcsResponse(stop))).isEqualTo("ConfigNotFound");
    }

    @Test
    void replayedNonceAndOldTimestampAreRejected(RtcSimulator sim) throws Exception {
        Map<String, String> params = signedParams(UUID.randomUUID().toString(), Instant.now());
        HttpResponse<String> first = post(sim, params);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("application/json;charset=utf-8");
        assertThat(first.body()).contains("\"RetCode\":2000");
        HttpResponse<String> replay = post(sim, params);
        assertThat(replay.statusCode()).isEqualTo(400);
        assertThat(replay.body()).contains("\"Code\":\"SignatureNonceUsed\"").contains("\"HostId\":\"live.aliyuncs.com\"");

        HttpResponse<String> old = post(sim, signedParams(UUID.randomUUID().toString(),
                Instant.now().minus(16, ChronoUnit.MINUTES)));
        assertThat(old.statusCode()).isEqualTo(400);
        assertThat(old.body()).contains("\"Code\":\"InvalidTimeStamp.Expired\"");

        Map<String, String> tampered = signedParams(UUID.randomUUID().toString(), Instant.now());
        tampered.put("TaskId", "asr-other");
        HttpResponse<String> mismatch = post(sim, tampered);
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(Json.MAPPER.readTree(mismatch.body()).path("Message").asText())
                .contains("server string to sign is:POST&%2F&");

        // the same signed parameters are also accepted as an urlencoded form body
        Map<String, String> form = signedParams(UUID.randomUUID().toString(), Instant.now());
        HttpResponse<String> formResponse = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(sim.baseUrl() + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(formResponse.statusCode()).isEqualTo(200);
    }

    @Test
    void burstIsThrottledPerAction(RtcSimulator sim) throws Exception {
        DefaultAcsClient client = client(AK, SECRET);
        List<String> codes = SdkCalls.burst(30, () -> {
            StopRtcAsrTaskRequest stop = local(new StopRtcAsrTaskRequest());
            stop.setTaskId("asr-none");
            return errorCode(() -> client.getAcsResponse(stop));
        });
        assertThat(codes).contains("Throttling.User").contains("ConfigNotFound");
        assertThat(codes.stream().filter("ConfigNotFound"::equals).count()).isLessThanOrEqualTo(20);
    }

    @Test
    void faultsApplyToAlibabaActions(RtcSimulator sim) throws Exception {
        DefaultAcsClient client = client(AK, SECRET);
        sim.faults().inject("CreateRtcAsrTask", Fault.error("InternalError", "injected"), 1);
        assertThatThrownBy(() -> client.getAcsResponse(createLive()))
                .isInstanceOfSatisfying(com.aliyuncs.exceptions.ServerException.class,
                        e -> assertThat(e.getErrCode()).isEqualTo("InternalError"));
        sim.faults().inject("CreateRtcAsrTask", Fault.error("ConfigNotFound", "nope"), 1);
        assertThatThrownBy(() -> client.getAcsResponse(createLive()))
                .isInstanceOfSatisfying(ClientException.class, e -> assertThat(e.getErrCode()).isEqualTo("ConfigNotFound"));
        int before = sim.rtcAsrTasks().list().size();
        sim.faults().inject("CreateRtcAsrTask", Fault.httpStatusAfterExecute(502), 1);
        assertThatThrownBy(() -> client.getAcsResponse(createLive())).isInstanceOf(ClientException.class);
        assertThat(sim.rtcAsrTasks().list()).hasSize(before + 1);
        assertThat(sim.tasksAsJson().findValuesAsText("vendor")).contains("aliyun");
        sim.faults().inject("*", Fault.wrongContentType(), 1);
        assertThatThrownBy(() -> client.getAcsResponse(createLive())).isInstanceOf(ClientException.class)
                .hasMessageContaining("format");
        assertThat(client.getAcsResponse(createLive()).getRetCode()).isEqualTo(2000L);
    }

    @Test
    void autoTerminateStopsTheTask(RtcSimulator sim) throws Exception {
        DefaultAcsClient client = client(AK, SECRET);
        CreateRtcAsrTaskRequest create = createLive();
        create.setAutoTerminateEnabled(true);
        create.setAutoTerminateDelay(2L);
        String taskId = client.getAcsResponse(create).getTaskId();
        assertThat(query(client, taskId).at("/Tasks/" + taskId + "/autoTerminateDelay").asText()).isEqualTo("2");
        await().atMost(Duration.ofSeconds(5)).until(() -> query(client, taskId).at("/Tasks/" + taskId + "/status")
                .asInt(), s -> s == RtcAsrTask.STOPPED);
        create.setAutoTerminateDelay(11L);
        assertThat(errorCode(() -> client.getAcsResponse(create))).isEqualTo("InvalidParameter");
    }

    /** A CreateRtcAsrTask request signed by the SDK's own V1 composer and signer with a chosen nonce and time. */
    private static Map<String, String> signedParams(String nonce, Instant timestamp) throws Exception {
        Map<String, String> p = new HashMap<>();
        p.put("Action", "CreateRtcAsrTask");
        p.put("Version", "2016-11-01");
        p.put("Format", "JSON");
        p.put("AccessKeyId", AK);
        p.put("SignatureMethod", "HMAC-SHA1");
        p.put("SignatureVersion", "1.0");
        p.put("SignatureNonce", nonce);
        p.put("Timestamp", timestamp.truncatedTo(ChronoUnit.SECONDS).toString());
        p.put("RegionId", "cn-shanghai");
        p.put("Mode", "live");
        p.put("StreamURL", "rtmp://example.com/live/s1");
        p.put("Language", "en");
        p.put("CallbackURL", "http://127.0.0.1:8080/cb");
        HmacSHA1Signer signer = new HmacSHA1Signer();
        String sts = RpcSignatureComposer.getComposer().composeStringToSign(MethodType.POST, null, signer, p, null,
                null);
        p.put("Signature", signer.signString(sts, SECRET + "&"));
        return p;
    }

    private static HttpResponse<String> post(RtcSimulator sim, Map<String, String> params) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/?" + encode(params)))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(Map<String, String> params) {
        StringJoiner j = new StringJoiner("&");
        params.forEach((k, v) -> j.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        assertThat(UrlCodec.parseParams(j.toString())).isEqualTo(params);
        return j.toString();
    }

    static String errorCode(Callable<?> call) {
        return SdkCalls.failure(call, ClientException.class, ClientException::getErrCode);
    }

    static String errorMessage(Callable<?> call) {
        String message = SdkCalls.failure(call, ClientException.class, ClientException::getErrMsg);
        assertThat(message).as("expected an error").isNotNull();
        return message;
    }
}
