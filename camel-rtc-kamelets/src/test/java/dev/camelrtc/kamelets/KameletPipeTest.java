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
package dev.camelrtc.kamelets;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelrtc.simulator.RtcSimulator;
import dev.camelrtc.simulator.RtcSimulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Pipe (the resource Camel K and {@code camel run} take) binding the sink Kamelets, with the simulator's URL as the
 * {@code endpoint} property, plain and URL-encoded: a user's Pipe on Camel 4.18 passed it as
 * {@code http%3A%2F%2F127.0.0.1...}, which the components accept as the URL it encodes.
 */
class KameletPipeTest {

    @RegisterExtension
    static final RtcSimulatorExtension SIM = RtcSimulatorExtension.builder().build();

    private final CamelContext context = new DefaultCamelContext();

    @AfterEach
    void stop() {
        context.stop();
        SIM.simulator().reset();
    }

    private Exchange send(String name, String kamelet, String properties, String body) throws Exception {
        String pipe = """
                apiVersion: camel.apache.org/v1
                kind: Pipe
                metadata:
                  name: %s
                spec:
                  source:
                    uri: direct:%s
                  sink:
                    ref:
                      kind: Kamelet
                      apiVersion: camel.apache.org/v1
                      name: %s
                    properties:
                %s
                """.formatted(name, name, kamelet, properties.indent(6).stripTrailing());
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString(name + ".yaml", pipe));
        context.start();
        return context.createProducerTemplate().request("direct:" + name, e -> e.getMessage().setBody(body));
    }

    @Test
    void trtcSinkInAPipeReachesTheEndpointGivenAsAPlainUrl() throws Exception {
        Exchange reply = send("trtc-pipe", "trtc-ai-transcription-sink", """
                secretId: %s
                secretKey: %s
                region: ap-guangzhou
                sdkAppId: 1400000000
                endpoint: %s""".formatted(RtcSimulator.DEMO_TENCENT_SECRET_ID, RtcSimulator.DEMO_TENCENT_SECRET_KEY,
                SIM.simulator().baseUrl()), """
                        {"RoomId": "pipe-room", "RoomIdType": 1,
                         "TranscriptionParams": {"UserId": "bot", "UserSig": "sig"}}""");

        assertThat(reply.getException()).isNull();
        String taskId = reply.getMessage().getHeader("CamelTrtcTaskId", String.class);
        assertThat(SIM.simulator().trtcTasks().list()).anySatisfy(t -> assertThat(t.taskId()).isEqualTo(taskId));
    }

    @Test
    void anEndpointPropertyArrivingUrlEncodedIsTheUrlItEncodes() throws Exception {
        String encoded = URLEncoder.encode(SIM.simulator().baseUrl(), StandardCharsets.UTF_8);
        assertThat(encoded).startsWith("http%3A%2F%2F127.0.0.1");
        Exchange reply = send("encoded-pipe", "alilive-asr-task-sink", """
                accessKey: %s
                secretKey: %s
                endpoint: %s""".formatted(RtcSimulator.DEMO_ALIYUN_ACCESS_KEY_ID,
                RtcSimulator.DEMO_ALIYUN_ACCESS_KEY_SECRET, encoded), """
                        {"Mode": "live", "StreamURL": "rtmp://live.example.com/app/encoded", "Language": "en",
                         "CallbackURL": "http://127.0.0.1:9/cb"}""");

        assertThat(reply.getException()).isNull();
        assertThat(SIM.simulator().rtcAsrTasks().list()).hasSize(1);
    }

    @Test
    void aliliveSinkInAPipeReachesTheEndpointGivenAsAPlainUrl() throws Exception {
        Exchange reply = send("alilive-pipe", "alilive-asr-task-sink", """
                accessKey: %s
                secretKey: %s
                endpoint: %s""".formatted(RtcSimulator.DEMO_ALIYUN_ACCESS_KEY_ID,
                RtcSimulator.DEMO_ALIYUN_ACCESS_KEY_SECRET, SIM.simulator().baseUrl()), """
                        {"Mode": "live", "StreamURL": "rtmp://live.example.com/app/pipe", "Language": "en",
                         "CallbackURL": "http://127.0.0.1:9/cb"}""");

        assertThat(reply.getException()).isNull();
        String taskId = reply.getMessage().getHeader("CamelAliliveTaskId", String.class);
        assertThat(SIM.simulator().rtcAsrTasks().list()).anySatisfy(t -> assertThat(t.taskId()).isEqualTo(taskId));
    }
}
