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
package dev.camelrtc.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.trtc.v20190722.TrtcClient;
import com.tencentcloudapi.trtc.v20190722.models.StartAITranscriptionRequest;
import com.tencentcloudapi.trtc.v20190722.models.TranscriptionParams;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.camelrtc.simulator.http.Json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The callback fault switches on the admin path, as a developer uses them with curl: each one changes what a real
 * receiver gets from a running simulator; bad requests are refused naming the field.
 */
class CallbackFaultsAdminTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Dialogue ONE_LINE = Dialogue.parse("ann: Hello.\n", "one line");

    private final HttpClient http = HttpClient.newHttpClient();
    private CallbackReceiver receiver;
    private RtcSimulator sim;

    @BeforeEach
    void start() {
        receiver = new CallbackReceiver();
        sim = RtcSimulator.builder().timings(SimulatorTimings.fast()).callbackUrl(receiver.url(), "k")
                .dialogue(ONE_LINE).build().start();
    }

    @AfterEach
    void stop() {
        sim.close();
        receiver.close();
    }

    @Test
    void injectedFaultsChangeWhatTheReceiverGets() throws Exception {
        receiver.accepting(r -> r.header("Sign").equals(sign(r.body())));
        assertThat(admin("POST", "/_sim/callback-faults", "{\"event\":\"901\",\"type\":\"duplicate\"}").path("pending")
                .asInt()).isEqualTo(1);
        admin("POST", "/_sim/callback-faults", "{\"event\":\"904\",\"type\":\"outOfOrder\"}");
        admin("POST", "/_sim/callback-faults", "{\"event\":\"903\",\"type\":\"wrongSignature\"}");
        admin("POST", "/_sim/callback-faults", "{\"event\":\"902\",\"type\":\"delay\",\"delayMs\":100}");
        assertThat(admin("GET", "/_sim/callback-faults", null).path("pending").asInt()).isEqualTo(4);

        String taskId = startTask();
        await().atMost(WAIT).until(() -> receiver.accepted().stream().anyMatch(r -> r.eventType() == 903));
        sim.trtcTasks().dissolveRoom(1400000001L, "admin-room");
        // the receiver records a request before it answers: wait for the simulator to count the delivery too
        await().atMost(WAIT).until(() -> sim.callbacks().stats().delivered() == 4);

        List<String> seen = receiver.received().stream().map(r -> r.eventType() + "/" + r.answered()).toList();
        // 901 twice; 903 before 904 (out of order); 903's first attempt wrongly signed, refused, then retried
        assertThat(seen).containsExactly("901/200", "901/200", "903/401", "903/200", "904/200", "902/200");
        assertThat(receiver.received()).allMatch(r -> r.json().at("/EventInfo/TaskId").asText().equals(taskId));
        JsonNode stats = admin("GET", "/_sim/callbacks", null);
        assertThat(stats.path("events").asInt()).isEqualTo(4);
        assertThat(stats.path("delivered").asInt()).isEqualTo(4);
        assertThat(stats.path("attempts").asInt()).isEqualTo(6);
        assertThat(stats.path("failedAttempts").asInt()).isEqualTo(1);
        assertThat(stats.path("givenUp").asInt()).isZero();
        assertThat(admin("GET", "/_sim/callback-faults", null).path("pending").asInt()).isZero();
        System.out.println("callback faults: " + seen.size() + " requests for 4 events, 1 duplicate, 1 refused"
                + " signature, 1 swapped pair, 1 delayed, 0 lost");
    }

    @Test
    void badFaultRequestsAreRefusedNamingTheField() throws Exception {
        assertThat(call("POST", "/_sim/callback-faults", "{\"type\":\"late\"}").body())
                .contains("unknown callback fault type 'late'");
        assertThat(call("POST", "/_sim/callback-faults", "{\"event\":\"903\"}").body()).contains("field 'type'");
        assertThat(call("POST", "/_sim/callback-faults", "{\"type\":\"delay\",\"delayMs\":-1}").body())
                .contains("field 'delayMs'");
        assertThat(call("POST", "/_sim/callback-faults", "{\"type\":\"duplicate\",\"times\":0}").body())
                .contains("field 'times'");
        assertThat(call("POST", "/_sim/callback-faults", "{\"type\":\"duplicate\",\"delay\":5}").body())
                .contains("unknown field 'delay'");
        assertThat(call("POST", "/_sim/callback-faults", "{\"type\":\"duplicate\",\"delay\":5}").statusCode())
                .isEqualTo(400);
        admin("POST", "/_sim/callback-faults", "{\"type\":\"duplicate\",\"times\":3}");
        assertThat(admin("DELETE", "/_sim/callback-faults", null).path("cleared").asBoolean()).isTrue();
        assertThat(sim.callbacks().faults().pending()).isZero();
    }

    private String startTask() throws Exception {
        HttpProfile hp = new HttpProfile();
        hp.setProtocol(HttpProfile.REQ_HTTP);
        hp.setProxyHost("127.0.0.1");
        hp.setProxyPort(sim.port());
        ClientProfile cp = new ClientProfile();
        cp.setHttpProfile(hp);
        TrtcClient client = new TrtcClient(new Credential(RtcSimulator.DEMO_TENCENT_SECRET_ID,
                RtcSimulator.DEMO_TENCENT_SECRET_KEY), "ap-guangzhou", cp);
        StartAITranscriptionRequest req = new StartAITranscriptionRequest();
        req.setSdkAppId(1400000001L);
        req.setRoomId("admin-room");
        TranscriptionParams p = new TranscriptionParams();
        p.setUserId("bot");
        p.setUserSig("sig");
        p.setMaxIdleTime(3600L);
        req.setTranscriptionParams(p);
        return client.StartAITranscription(req).getTaskId();
    }

    private static String sign(byte[] body) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec("k".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "HmacSHA256"));
            return java.util.Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode admin(String method, String path, String body) throws Exception {
        HttpResponse<String> response = call(method, path, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.MAPPER.readTree(response.body());
    }

    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sim.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        Map.of("Content-Type", "application/json").forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
