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

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.CommonRequest;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.trtc.v20190722.TrtcClient;
import com.tencentcloudapi.trtc.v20190722.models.AgentConfig;
import com.tencentcloudapi.trtc.v20190722.models.StartAIConversationRequest;
import com.tencentcloudapi.trtc.v20190722.models.TranscriptionParams;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.camelrtc.support.call.ApiCredentials;
import dev.camelrtc.support.http.RtcHttpTransport;
import dev.camelrtc.support.json.Json;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our TC3 signature against the official SDK's (tencentcloud-sdk-java 3.1.1436), byte for byte: the SDK sends a real
 * request to a capturing server, and our signer, given the same credentials, host, timestamp and payload, must
 * produce the identical Authorization header. Then the other way round: our client's request must carry the
 * signature the SDK's own primitives compute for it.
 */
class SdkSignatureConformanceTest {

    private static final String SECRET_ID = "AKIDconformance0000000000000000000";
    private static final String SECRET_KEY = "conformanceSecretKey000000000000";

    record Captured(String method, Headers headers, byte[] body) {
    }

    private final CopyOnWriteArrayList<Captured> captured = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @BeforeEach
    void startCapture() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                captured.add(new Captured(exchange.getRequestMethod(), exchange.getRequestHeaders(), in.readAllBytes()));
            }
            byte[] reply = "{\"Response\":{\"TaskId\":\"t-1\",\"RequestId\":\"r-1\"}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        });
        server.start();
    }

    @AfterEach
    void stopCapture() {
        server.stop(0);
    }

    private TrtcClient sdkClientViaProxy(String region) {
        HttpProfile httpProfile = new HttpProfile();
        httpProfile.setProtocol(HttpProfile.REQ_HTTP);
        httpProfile.setProxyHost("127.0.0.1");
        httpProfile.setProxyPort(server.getAddress().getPort());
        ClientProfile clientProfile = new ClientProfile();
        clientProfile.setHttpProfile(httpProfile);
        return new TrtcClient(new Credential(SECRET_ID, SECRET_KEY), region, clientProfile);
    }

    @Test
    void ourAuthorizationEqualsTheSdksForTheSameRequest() throws Exception {
        StartAIConversationRequest request = new StartAIConversationRequest();
        request.setSdkAppId(1400000000L);
        request.setRoomId("room-\u6d4b\u8bd5");
        AgentConfig agent = new AgentConfig();
        agent.setUserId("bot");
        agent.setUserSig("sig");
        agent.setTargetUserId("u1");
        request.setAgentConfig(agent);
        request.setLLMConfig("{\"LLMType\":\"openai\",\"Model\":\"m\"}");
        request.setTTSConfig("{\"TTSType\":\"flow\"}");
        sdkClientViaProxy("ap-singapore").StartAIConversation(request);

        assertThat(captured).hasSize(1);
        Captured sdk = captured.get(0);
        String host = sdk.headers().getFirst("Host");
        assertThat(host).isEqualTo("trtc.tencentcloudapi.com");
        long timestamp = Long.parseLong(sdk.headers().getFirst("X-TC-Timestamp"));

        String ours = new Tc3Signer().authorization(SECRET_ID, SECRET_KEY, host, sdk.headers().getFirst("Content-Type"),
                sdk.body(), timestamp, Map.of());

        assertThat(ours).isEqualTo(sdk.headers().getFirst("Authorization"));
        assertThat(sdk.headers().getFirst("X-TC-Version")).isEqualTo(Tc3Signer.API_VERSION);
        assertThat(sdk.headers().getFirst("Content-Type")).isEqualTo(Tc3Signer.CONTENT_TYPE);
    }

    /** Speech, voiceprints and usage: the SDK's TrtcClient, or its CommonClient for actions of newer SDK releases. */
    @Test
    void ourAuthorizationEqualsTheSdksForSpeechVoicePrintAndUsageActions() throws Exception {
        com.tencentcloudapi.trtc.v20190722.models.TextToSpeechRequest tts
                = new com.tencentcloudapi.trtc.v20190722.models.TextToSpeechRequest();
        tts.setText("\u4f60\u597d");
        com.tencentcloudapi.trtc.v20190722.models.Voice voice = new com.tencentcloudapi.trtc.v20190722.models.Voice();
        voice.setVoiceId("v-1");
        tts.setVoice(voice);
        tts.setSdkAppId(1400000000L);
        sdkClientViaProxy("ap-beijing").TextToSpeech(tts);
        com.tencentcloudapi.trtc.v20190722.models.DeleteVoicePrintRequest delete
                = new com.tencentcloudapi.trtc.v20190722.models.DeleteVoicePrintRequest();
        delete.setVoicePrintId("vp-1");
        sdkClientViaProxy("ap-shanghai").DeleteVoicePrint(delete);
        HttpProfile httpProfile = new HttpProfile();
        httpProfile.setProtocol(HttpProfile.REQ_HTTP);
        httpProfile.setProxyHost("127.0.0.1");
        httpProfile.setProxyPort(server.getAddress().getPort());
        httpProfile.setEndpoint("trtc.tencentcloudapi.com");
        ClientProfile clientProfile = new ClientProfile();
        clientProfile.setHttpProfile(httpProfile);
        new CommonClient("trtc", Tc3Signer.API_VERSION, new Credential(SECRET_ID, SECRET_KEY), "ap-guangzhou",
                clientProfile).commonRequest(new CommonRequest("{\"StartTime\":\"2026-04-01 00:00:00\","
                        + "\"EndTime\":\"2026-04-02 00:00:00\",\"AuType\":[\"tts\"]}"),
                        "DescribeTRTCAIRecognitionUsage");

        assertThat(captured).extracting(c -> c.headers().getFirst("X-TC-Action"))
                .containsExactly("TextToSpeech", "DeleteVoicePrint", "DescribeTRTCAIRecognitionUsage");
        for (Captured sdk : captured) {
            String ours = new Tc3Signer().authorization(SECRET_ID, SECRET_KEY, sdk.headers().getFirst("Host"),
                    sdk.headers().getFirst("Content-Type"), sdk.body(),
                    Long.parseLong(sdk.headers().getFirst("X-TC-Timestamp")), Map.of());
            assertThat(ours).as(sdk.headers().getFirst("X-TC-Action"))
                    .isEqualTo(sdk.headers().getFirst("Authorization"));
            assertThat(sdk.headers().getFirst("X-TC-Version")).isEqualTo(Tc3Signer.API_VERSION);
        }
    }

    @Test
    void sdkSignaturePrimitivesReproduceTheAuthorizationOurClientSends() throws Exception {
        Instant now = Instant.parse("2026-11-25T08:30:00Z");
        URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        ObjectNode params = Json.MAPPER.createObjectNode().put("SdkAppId", 1400000000L).put("RoomId", "r1");
        params.putObject("TranscriptionParams").put("UserId", "bot").put("UserSig", "sig");
        try (RtcHttpTransport transport = RtcHttpTransport.start(1, "conformance")) {
            TrtcApi api = new TrtcApi(endpoint, "ap-guangzhou", new ApiCredentials(SECRET_ID, SECRET_KEY, null));
            transport.send(api.prepare(TrtcOperations.startAITranscription, params).signedAt(now)).get();
        }

        Captured ours = captured.get(0);
        String host = ours.headers().getFirst("Host");
        String contentType = ours.headers().getFirst("Content-Type");
        assertThat(contentType).isEqualTo(Tc3Signer.CONTENT_TYPE);
        assertThat(ours.headers().getFirst("X-TC-Timestamp")).isEqualTo(Long.toString(now.getEpochSecond()));

        // Recompute with the SDK's own Sign helpers (com.tencentcloudapi.common.Sign), following its TC3 recipe with
        // the documented rule for more signed headers (names and values lower-cased, sorted by name)
        String date = "2026-11-25";
        String signedHeaders = "content-type;host;x-tc-action;x-tc-region;x-tc-timestamp;x-tc-version";
        String canonicalRequest = "POST\n/\n\ncontent-type:" + contentType + "\nhost:" + host
                + "\nx-tc-action:startaitranscription\nx-tc-region:ap-guangzhou\nx-tc-timestamp:" + now.getEpochSecond()
                + "\nx-tc-version:2019-07-22\n\n" + signedHeaders + "\n"
                + com.tencentcloudapi.common.Sign.sha256Hex(ours.body());
        String stringToSign = "TC3-HMAC-SHA256\n" + now.getEpochSecond() + "\n" + date + "/trtc/tc3_request\n"
                + com.tencentcloudapi.common.Sign.sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
        byte[] secretDate = com.tencentcloudapi.common.Sign.hmac256(("TC3" + SECRET_KEY).getBytes(StandardCharsets.UTF_8), date);
        byte[] secretService = com.tencentcloudapi.common.Sign.hmac256(secretDate, "trtc");
        byte[] secretSigning = com.tencentcloudapi.common.Sign.hmac256(secretService, "tc3_request");
        String signature = java.util.HexFormat.of().formatHex(
                com.tencentcloudapi.common.Sign.hmac256(secretSigning, stringToSign));

        assertThat(ours.headers().getFirst("Authorization")).isEqualTo("TC3-HMAC-SHA256 Credential=" + SECRET_ID
                + "/" + date + "/trtc/tc3_request, SignedHeaders=" + signedHeaders + ", Signature=" + signature);
    }

    @Test
    void sdkAndOurModelsProduceTheSameJsonPayload() throws Exception {
        com.tencentcloudapi.trtc.v20190722.models.StartAITranscriptionRequest sdkRequest
                = new com.tencentcloudapi.trtc.v20190722.models.StartAITranscriptionRequest();
        sdkRequest.setSdkAppId(1400000000L);
        sdkRequest.setRoomId("r1");
        TranscriptionParams tp = new TranscriptionParams();
        tp.setUserId("bot");
        tp.setUserSig("sig");
        tp.setMaxIdleTime(30L);
        sdkRequest.setTranscriptionParams(tp);

        var ours = new dev.camelrtc.trtc.model.StartAITranscriptionRequest().withSdkAppId(1400000000L).withRoomId("r1")
                .withTranscriptionParams(new dev.camelrtc.trtc.model.TranscriptionParams().withUserId("bot")
                        .withUserSig("sig").withMaxIdleTime(30L));

        assertThat(Json.MAPPER.writeValueAsString(ours))
                .isEqualTo(com.tencentcloudapi.common.AbstractModel.toJsonString(sdkRequest));
    }
}
