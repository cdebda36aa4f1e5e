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
package dev.camelrtc.alilive.callback;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import dev.camelrtc.alilive.AliliveConstants;
import dev.camelrtc.alilive.model.CreateRtcAsrTaskRequest;
import dev.camelrtc.simulator.Dialogue;
import dev.camelrtc.simulator.RtcSimulator;
import dev.camelrtc.simulator.SimulatorTimings;
import dev.camelrtc.simulator.callback.CallbackFault;
import dev.camelrtc.simulator.callback.CallbackFaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * End to end: a task created by the alilive producer on the simulator, whose results (signed by the simulator with its
 * own MD5 code, one per line of the script) reach the route of an alilive-callbacks consumer, through a duplicated
 * and a wrongly signed delivery.
 */
class AliliveCallbacksSimulatorTest {

    private static final String AUTH_KEY = "SimAsrAuthKey0123456789";
    private static final String PATH = "/alilive/results";
    private static final Dialogue SCRIPT = Dialogue.parse("""
            dora: Welcome to the live stream.
            eve: 大家好！
            dora: Let's begin.
            eve: First question, please.
            """, "test script");

    private final List<Exchange> routed = new CopyOnWriteArrayList<>();
    @AutoClose
    private AsrCallbackServer server;
    @AutoClose
    private RtcSimulator simulator;

    @Test
    void everySentenceOfTheTaskArrivesOnceThroughADuplicateAndAWrongSignature() throws Exception {
        simulator = RtcSimulator.builder().port(0).timings(SimulatorTimings.fast()).aliyunCallbacks(true)
                .dialogue(SCRIPT).build().start();
        simulator.callbacks().faults().inject(CallbackFaults.ALIYUN_RESULT, CallbackFault.duplicate())
                .inject(CallbackFaults.ALIYUN_RESULT, CallbackFault.wrongSignature());
        server = new AsrCallbackServer(new RouteBuilder() {
            @Override
            public void configure() {
                // the route comes once the server's port, part of the signed CallbackURL, is known
            }
        });
        String callbackUrl = server.url(PATH) + "?via=sim";
        server.context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("alilive-callbacks:" + PATH + "?authKey=RAW(" + AUTH_KEY + ")&callbackUrl=RAW(" + callbackUrl + ")")
                        .routeId("results").process(e -> routed.add(e.copy()));
            }
        });

        CreateRtcAsrTaskRequest request = new CreateRtcAsrTaskRequest().withMode("live").withLanguage("fspk")
                .withStreamUrl("rtmp://example.com/app/stream").withCallbackUrl(callbackUrl).withAuthKey(AUTH_KEY);
        String taskId = server.context.createProducerTemplate().request("alilive:createRtcAsrTask?accessKey="
                + RtcSimulator.DEMO_ALIYUN_ACCESS_KEY_ID + "&secretKey=RAW(" + RtcSimulator.DEMO_ALIYUN_ACCESS_KEY_SECRET
                + ")&endpoint=" + simulator.baseUrl(), e -> e.getMessage().setBody(request))
                .getMessage().getHeader(AliliveConstants.TASK_ID, String.class);

        AliliveCallbacksConsumer consumer = (AliliveCallbacksConsumer) server.context.getRoute("results").getConsumer();
        await().atMost(Duration.ofSeconds(30)).until(() -> routed.size() == SCRIPT.lines().size()
                && consumer.getCounts().getDuplicates() == 1 && consumer.getCounts().getRejectedSignatures() == 1);

        assertThat(routed).extracting(e -> e.getMessage().getBody(JsonNode.class).path("Text").asText())
                .containsExactly("Welcome to the live stream.", "大家好！", "Let's begin.", "First question, please.");
        assertThat(routed).extracting(e -> e.getMessage().getHeader(AliliveCallbacksConstants.TASK_ID))
                .containsOnly(taskId);
        assertThat(consumer.getCounts().getRouted()).isEqualTo(SCRIPT.lines().size());
        System.out.printf("alilive callbacks end to end: %d sentences routed, counts %s%n", routed.size(),
                consumer.getCounts());
    }
}
