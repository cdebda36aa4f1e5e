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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.live.model.v20161101.CreateRtcAsrTaskRequest;
import com.aliyuncs.live.model.v20161101.StopRtcAsrTaskRequest;
import com.aliyuncs.profile.DefaultProfile;
import com.fasterxml.jackson.databind.JsonNode;

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
 * Alibaba RtcAsr results posted to the task's CallbackURL with SIG-TIME / ASR-SIG (md5 of time/url/AuthKey, checked
 * here with the JDK's MessageDigest), one per sentence of the script, for a task created through the official SDK.
 */
class RtcAsrCallbackTest {

    private static final Dialogue SCRIPT = Dialogue.parse("""
            dora: Welcome to the live stream.
            eve: 大家好！
            dora: Let's begin.
            """, "test script");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private CallbackReceiver receiver;
    private RtcSimulator sim;
    private DefaultAcsClient client;

    @BeforeEach
    void start() {
        receiver = new CallbackReceiver();
        sim = RtcSimulator.builder().timings(SimulatorTimings.fast()).aliyunCallbacks(true).dialogue(SCRIPT).build()
                .start();
        client = new DefaultAcsClient(DefaultProfile.getProfile("cn-shanghai", RtcSimulator.DEMO_ALIYUN_ACCESS_KEY_ID,
                RtcSimulator.DEMO_ALIYUN_ACCESS_KEY_SECRET));
    }

    @AfterEach
    void stop() {
        sim.close();
        receiver.close();
    }

    @Test
    void postsEverySentenceSignedWithTheTasksAuthKey() throws Exception {
        String callbackUrl = receiver.url() + "?task=signed";
        String taskId = create(callbackUrl, "myAuthKey42");
        await().atMost(WAIT).until(() -> receiver.received().size() == 3);

        List<CallbackReceiver.Received> results = receiver.received();
        for (int i = 0; i < 3; i++) {
            CallbackReceiver.Received r = results.get(i);
            String sigTime = r.header("SIG-TIME");
            assertThat(sigTime).matches("\\d{10}");
            assertThat(r.header("ASR-SIG")).isEqualTo(md5Hex(sigTime + "/" + callbackUrl + "/myAuthKey42"));
            assertThat(r.header("Content-Type")).isEqualTo("application/json");
            JsonNode body = r.json();
            Dialogue.Line line = SCRIPT.lines().get(i);
            assertThat(body.path("TaskId").asText()).isEqualTo(taskId);
            assertThat(body.path("SentenceId").asInt()).isEqualTo(i + 1);
            assertThat(body.path("Speaker").asText()).isEqualTo(line.speaker());
            assertThat(body.path("Text").asText()).isEqualTo(line.text());
            assertThat(body.path("BeginTime").asLong()).isEqualTo(line.startMs());
            assertThat(body.path("EndTime").asLong()).isEqualTo(line.endMs());
            assertThat(body.path("Final").asBoolean()).isTrue();
        }
        StopRtcAsrTaskRequest stop = new StopRtcAsrTaskRequest();
        stop.setSysEndpoint("127.0.0.1:" + sim.port());
        stop.setSysProtocol(ProtocolType.HTTP);
        stop.setTaskId(taskId);
        client.getAcsResponse(stop);
        System.out.println("aliyun callbacks: " + results.size() + " results, all with a valid ASR-SIG");
    }

    @Test
    void withoutAuthKeyNoSignatureHeaders() throws Exception {
        create(receiver.url(), null);
        await().atMost(WAIT).until(() -> receiver.received().size() == 3);
        assertThat(receiver.received()).allMatch(r -> r.header("SIG-TIME") == null && r.header("ASR-SIG") == null);
        assertThat(receiver.received()).extracting(r -> r.json().path("Text").asText())
                .containsExactly("Welcome to the live stream.", "大家好！", "Let's begin.");
    }

    private String create(String callbackUrl, String authKey) throws Exception {
        CreateRtcAsrTaskRequest r = new CreateRtcAsrTaskRequest();
        r.setSysEndpoint("127.0.0.1:" + sim.port());
        r.setSysProtocol(ProtocolType.HTTP);
        r.setMode("live");
        r.setStreamURL("rtmp://example.com/app/stream");
        r.setLanguage("fspk");
        r.setCallbackURL(callbackUrl);
        if (authKey != null) {
            r.setAuthKey(authKey);
        }
        return client.getAcsResponse(r).getTaskId();
    }

    private static String md5Hex(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
