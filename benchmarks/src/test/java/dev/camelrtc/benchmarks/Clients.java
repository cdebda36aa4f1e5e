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
package dev.camelrtc.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.http.HttpClientConfig;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.live.model.v20161101.QueryRtcAsrTasksRequest;
import com.aliyuncs.profile.DefaultProfile;
import com.fasterxml.jackson.databind.JsonNode;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.trtc.v20190722.TrtcClient;
import com.tencentcloudapi.trtc.v20190722.models.DescribeAITranscriptionRequest;

import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

import dev.camelrtc.alilive.AliliveComponent;
import dev.camelrtc.alilive.AliyunRpcSigner;
import dev.camelrtc.alilive.model.CreateRtcAsrTaskRequest;
import dev.camelrtc.alilive.model.CreateRtcAsrTaskResponse;
import dev.camelrtc.alilive.model.QueryRtcAsrTasksResponse;
import dev.camelrtc.simulator.RtcSimulator;
import dev.camelrtc.support.call.ApiCredentials;
import dev.camelrtc.support.http.HttpCall;
import dev.camelrtc.support.json.Json;
import dev.camelrtc.trtc.Tc3Signer;
import dev.camelrtc.trtc.TrtcComponent;
import dev.camelrtc.trtc.model.DescribeAITranscriptionResponse;
import dev.camelrtc.trtc.model.StartAITranscriptionRequest;
import dev.camelrtc.trtc.model.StartAITranscriptionResponse;
import dev.camelrtc.trtc.model.TranscriptionParams;

/**
 * The clients compared, all calling {@code DescribeAITranscription} / {@code QueryRtcAsrTasks} of one existing task on
 * the simulator with its demo credentials: our producers (blocking through a ProducerTemplate on a
 * {@code synchronous=true} endpoint, as the docs advise callers that wait for the reply, and asynchronous with
 * the calls in flight completing by callback), the official SDKs in their default set-up, and a bare HttpClient 5
 * (classic, pooled) POST signed per call by our signers whose reply is parsed with Jackson. Every pool holds at least
 * 64 connections, the largest concurrency measured; the components' rate limiting is off.
 */
final class Clients implements AutoCloseable {

    static final int MAX_CONNECTIONS = 64;
    static final long SDK_APP_ID = 1400000001L;
    /**
     * The blocking producers' endpoint option synchronous: true (the default), or false with
     * {@code -Dbench.producerSynchronous=false} to measure a blocking caller on the asynchronous path.
     */
    static final boolean BLOCKING_SYNCHRONOUS = Boolean.parseBoolean(
            System.getProperty("bench.producerSynchronous", "true"));

    final String baseUrl;
    final CamelContext camel = new DefaultCamelContext();
    final ProducerTemplate template;
    final String trtcTaskId;
    final String aliyunTaskId;
    private final CloseableHttpClient bare;
    private final Tc3Signer tc3 = new Tc3Signer();
    private final AliyunRpcSigner rpc = new AliyunRpcSigner(AliyunRpcSigner.SignatureVersion.v1);
    private final ApiCredentials tencentKey = new ApiCredentials(RtcSimulator.DEMO_TENCENT_SECRET_ID,
            RtcSimulator.DEMO_TENCENT_SECRET_KEY, null);
    private final ApiCredentials aliyunKey = new ApiCredentials(RtcSimulator.DEMO_ALIYUN_ACCESS_KEY_ID,
            RtcSimulator.DEMO_ALIYUN_ACCESS_KEY_SECRET, null);

    Clients(String baseUrl) throws Exception {
        this.baseUrl = baseUrl;
        TrtcComponent trtc = new TrtcComponent();
        trtc.getConfiguration().setSecretId(RtcSimulator.DEMO_TENCENT_SECRET_ID);
        trtc.getConfiguration().setSecretKey(RtcSimulator.DEMO_TENCENT_SECRET_KEY);
        trtc.getConfiguration().setRegion("ap-guangzhou");
        trtc.getConfiguration().setEndpoint(baseUrl);
        trtc.setRateLimitEnabled(false);
        trtc.setMaxConnections(MAX_CONNECTIONS);
        camel.addComponent("trtc", trtc);
        AliliveComponent alilive = new AliliveComponent();
        alilive.getConfiguration().setAccessKey(RtcSimulator.DEMO_ALIYUN_ACCESS_KEY_ID);
        alilive.getConfiguration().setSecretKey(RtcSimulator.DEMO_ALIYUN_ACCESS_KEY_SECRET);
        alilive.getConfiguration().setEndpoint(baseUrl);
        alilive.setRateLimitEnabled(false);
        alilive.setMaxConnections(MAX_CONNECTIONS);
        camel.addComponent("alilive", alilive);
        camel.start();
        template = camel.createProducerTemplate();
        bare = HttpClients.custom().setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(MAX_CONNECTIONS).setMaxConnPerRoute(MAX_CONNECTIONS).build())
                .disableAutomaticRetries().disableCookieManagement().build();
        trtcTaskId = startTrtcTask("bench-room").getTaskId();
        aliyunTaskId = createAliyunTask().getTaskId();
    }

    StartAITranscriptionResponse startTrtcTask(String room) {
        return template.requestBody("trtc:startAITranscription", new StartAITranscriptionRequest()
                .withSdkAppId(SDK_APP_ID).withRoomId(room).withTranscriptionParams(new TranscriptionParams()
                        .withUserId("bench-bot").withUserSig("sig").withMaxIdleTime(3600L)),
                StartAITranscriptionResponse.class);
    }

    CreateRtcAsrTaskResponse createAliyunTask() {
        return template.requestBody("alilive:createRtcAsrTask", new CreateRtcAsrTaskRequest().withMode("live")
                .withLanguage("cn").withCallbackUrl("http://127.0.0.1:9/cb")
                .withStreamUrl("rtmp://live.example.com/app/stream"), CreateRtcAsrTaskResponse.class);
    }

    /** The clients in the order of the table. */
    Map<String, Object> all() throws Exception {
        Map<String, Object> clients = new LinkedHashMap<>();
        clients.put("trtc-producer", trtcProducer());
        clients.put("trtc-producer-async", async("trtc:describeAITranscription?taskId=RAW(" + trtcTaskId + ")"));
        clients.put("tencent-sdk", tencentSdk());
        clients.put("trtc-bare", (Load.Blocking) this::trtcBare);
        clients.put("alilive-producer", aliliveProducer());
        clients.put("alilive-producer-async", async("alilive:queryRtcAsrTasks?taskId=RAW(" + aliyunTaskId + ")"));
        clients.put("aliyun-sdk", aliyunSdk());
        clients.put("alilive-bare", (Load.Blocking) this::aliliveBare);
        String only = System.getProperty("bench.clients");
        if (only != null) {
            clients.keySet().retainAll(List.of(only.split(",")));
        }
        return clients;
    }

    private Load.Blocking trtcProducer() {
        Endpoint endpoint = camel.getEndpoint("trtc:describeAITranscription?synchronous=" + BLOCKING_SYNCHRONOUS
                                              + "&taskId=RAW(" + trtcTaskId + ")");
        return () -> {
            Object reply = template.requestBody(endpoint, (Object) null);
            if (!(reply instanceof DescribeAITranscriptionResponse r) || !trtcTaskId.equals(r.getTaskId())) {
                throw new IllegalStateException("unexpected reply " + reply);
            }
        };
    }

    private Load.Blocking aliliveProducer() {
        Endpoint endpoint = camel.getEndpoint("alilive:queryRtcAsrTasks?synchronous=" + BLOCKING_SYNCHRONOUS
                                              + "&taskId=RAW(" + aliyunTaskId + ")");
        return () -> {
            Object reply = template.requestBody(endpoint, (Object) null);
            if (!(reply instanceof QueryRtcAsrTasksResponse)) {
                throw new IllegalStateException("unexpected reply " + reply);
            }
        };
    }

    private Load.Async async(String uri) throws Exception {
        Endpoint endpoint = camel.getEndpoint(uri);
        AsyncProducer producer = endpoint.createAsyncProducer();
        producer.start();
        return done -> {
            Exchange exchange = endpoint.createExchange();
            producer.process(exchange, doneSync -> done.accept(exchange.getException()));
        };
    }

    private Load.Blocking tencentSdk() {
        HttpProfile http = new HttpProfile();
        http.setProtocol(HttpProfile.REQ_HTTP);
        // the SDK signs for the host it is configured with: reach the simulator as its HTTP proxy (simulator README)
        http.setProxyHost("127.0.0.1");
        http.setProxyPort(Integer.parseInt(baseUrl.substring(baseUrl.lastIndexOf(':') + 1)));
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        TrtcClient client = new TrtcClient(new Credential(RtcSimulator.DEMO_TENCENT_SECRET_ID,
                RtcSimulator.DEMO_TENCENT_SECRET_KEY), "ap-guangzhou", profile);
        return () -> {
            DescribeAITranscriptionRequest request = new DescribeAITranscriptionRequest();
            request.setTaskId(trtcTaskId);
            if (!trtcTaskId.equals(client.DescribeAITranscription(request).getTaskId())) {
                throw new IllegalStateException("unexpected reply");
            }
        };
    }

    private Load.Blocking aliyunSdk() {
        DefaultProfile profile = DefaultProfile.getProfile("cn-shanghai", RtcSimulator.DEMO_ALIYUN_ACCESS_KEY_ID,
                RtcSimulator.DEMO_ALIYUN_ACCESS_KEY_SECRET);
        HttpClientConfig config = HttpClientConfig.getDefault();
        config.setMaxRequests(MAX_CONNECTIONS);
        config.setMaxRequestsPerHost(MAX_CONNECTIONS);
        config.setMaxIdleConnections(MAX_CONNECTIONS);
        profile.setHttpClientConfig(config);
        DefaultAcsClient client = new DefaultAcsClient(profile);
        String endpoint = baseUrl.substring("http://".length());
        return () -> {
            QueryRtcAsrTasksRequest request = new QueryRtcAsrTasksRequest();
            request.setSysEndpoint(endpoint);
            request.setSysProtocol(ProtocolType.HTTP);
            request.setTaskId(aliyunTaskId);
            if (client.getAcsResponse(request) == null) {
                throw new IllegalStateException("unexpected reply");
            }
        };
    }

    void trtcBare() throws IOException {
        byte[] payload = ("{\"TaskId\":\"" + trtcTaskId + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpCall call = tc3.sign(URI.create(baseUrl), "DescribeAITranscription", "ap-guangzhou", payload,
                tencentKey, Instant.now(), "bench-bare");
        JsonNode reply = post(call);
        if (!trtcTaskId.equals(reply.path("Response").path("TaskId").asText())) {
            throw new IllegalStateException("unexpected reply " + reply);
        }
    }

    void aliliveBare() throws IOException {
        HttpCall call = rpc.sign(URI.create(baseUrl), "QueryRtcAsrTasks", Map.of("RegionId", "cn-shanghai", "TaskId",
                aliyunTaskId), aliyunKey, Instant.now(), UUID.randomUUID().toString());
        JsonNode reply = post(call);
        if (reply.path("RetCode").asLong() != 2000) {
            throw new IllegalStateException("unexpected reply " + reply);
        }
    }

    /** Sends a signed call with the bare client; the reply parsed as JSON. */
    JsonNode post(HttpCall call) throws IOException {
        HttpPost post = new HttpPost(call.uri());
        call.headers().forEach(post::addHeader);
        post.setHeader("Content-Type", call.contentType());
        post.setEntity(new ByteArrayEntity(call.body(), null));
        return bare.execute(post, response -> Json.MAPPER.readTree(EntityUtils.toByteArray(response.getEntity())));
    }

    /** A signed TRTC call of any action, for set-ups. */
    HttpCall trtcCall(String action, String json) {
        return tc3.sign(URI.create(baseUrl), action, "ap-guangzhou", json.getBytes(StandardCharsets.UTF_8),
                tencentKey, Instant.now(), "bench-bare");
    }

    /** A signed Alibaba call of any action, for set-ups. */
    HttpCall aliyunCall(String action, Map<String, String> params) {
        return rpc.sign(URI.create(baseUrl), action, params, aliyunKey, Instant.now(), UUID.randomUUID().toString());
    }

    @Override
    public void close() throws Exception {
        bare.close();
        camel.stop();
    }
}
