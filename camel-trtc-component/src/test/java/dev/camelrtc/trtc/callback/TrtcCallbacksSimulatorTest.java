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
package dev.camelrtc.trtc.callback;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import dev.camelrtc.simulator.RtcSimulator;
import dev.camelrtc.simulator.SimulatorTimings;
import dev.camelrtc.support.tasks.TaskState;
import dev.camelrtc.trtc.TrtcConstants;
import dev.camelrtc.trtc.model.StartAITranscriptionRequest;
import dev.camelrtc.trtc.model.StartAITranscriptionResponse;
import dev.camelrtc.trtc.model.TranscriptionParams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * End to end: a task started by the trtc producer on the simulator, whose signed 901 and 902 callbacks (pushed by the
 * simulator with its own signing code) reach the route of a trtc-callbacks consumer.
 */
class TrtcCallbacksSimulatorTest {

    private static final String SECRET_ID = "AKIDcallbackstest00000000000000000";
    private static final String SECRET_KEY = "callbacksTestSecretKey0000000000";
    private static final String CALLBACK_KEY = "SimCallbackKey0123456789abcdefXY";
    private static final String PATH = "/trtc/events";

    private final List<Exchange> routed = new CopyOnWriteArrayList<>();
    @AutoClose
    private CallbackServer server;
    @AutoClose
    private RtcSimulator simulator;

    /**
     * Starts the callback route and a simulator that pushes callbacks signed with {@code simulatorKey}; returns the
     * query of trtc URIs calling that simulator.
     */
    private String start(String simulatorKey) throws Exception {
        server = new CallbackServer(new RouteBuilder() {
            @Override
            public void configure() {
                // the simulator also speaks (904/903 per sentence): these tests follow the task's lifecycle only
                from("trtc-callbacks:" + PATH + "?callbackSecret=RAW(" + CALLBACK_KEY + ")&eventTypes=901,902")
                        .routeId("callbacks")
                        .process(e -> routed.add(e.copy()));
            }
        });
        simulator = RtcSimulator.builder().port(0).tencentKey(SECRET_ID, SECRET_KEY).timings(SimulatorTimings.fast())
                .callbackUrl(server.url(PATH).toString(), simulatorKey).build().start();
        String trtc = "?region=ap-guangzhou&sdkAppId=1400000001&secretId=" + SECRET_ID + "&secretKey=RAW(" + SECRET_KEY
                      + ")&endpoint=" + simulator.baseUrl();
        return trtc;
    }

    @Test
    void aStartedAndStoppedTaskArrivesAs901Then902() throws Exception {
        String trtc = start(CALLBACK_KEY);
        ProducerTemplate template = server.context.createProducerTemplate();

        StartAITranscriptionResponse started = template.requestBody("trtc:startAITranscription" + trtc,
                new StartAITranscriptionRequest().withRoomId("room-e2e").withTranscriptionParams(
                        new TranscriptionParams().withUserId("bot").withUserSig("sig").withMaxIdleTime(600L)),
                StartAITranscriptionResponse.class);
        String taskId = started.getTaskId();
        await().atMost(Duration.ofSeconds(10)).until(() -> routed.size() == 1);
        template.requestBodyAndHeader("trtc:stopAITranscription" + trtc, null, TrtcConstants.TASK_ID, taskId);
        await().atMost(Duration.ofSeconds(10)).until(() -> routed.size() == 2);

        assertThat(routed).extracting(e -> e.getMessage().getHeader(TrtcCallbacksConstants.TASK_ID))
                .containsExactly(taskId, taskId);
        assertThat(routed).extracting(e -> e.getMessage().getHeader(TaskState.HEADER))
                .containsExactly("RUNNING", "ENDED");
        TaskStarted first = routed.get(0).getMessage().getBody(TaskStarted.class);
        assertThat(first.eventType()).isEqualTo(901);
        assertThat(first.started()).isTrue();
        assertThat(first.roomId()).isEqualTo("room-e2e");
        TaskStopped second = routed.get(1).getMessage().getBody(TaskStopped.class);
        assertThat(second.eventType()).isEqualTo(902);
        assertThat(second.eventMsTs()).isGreaterThanOrEqualTo(first.eventMsTs());
        TrtcCallbacksConsumer consumer = (TrtcCallbacksConsumer) server.context.getRoute("callbacks").getConsumer();
        assertThat(consumer.getCounts().getRejectedSignatures()).isZero();
    }

    @Test
    void callbacksSignedWithAnotherKeyAreRejected() throws Exception {
        String trtc = start("AnotherKey");
        server.context.createProducerTemplate().requestBody("trtc:startAITranscription" + trtc,
                new StartAITranscriptionRequest().withRoomId("room-bad").withTranscriptionParams(
                        new TranscriptionParams().withUserId("bot").withUserSig("sig").withMaxIdleTime(600L)));
        TrtcCallbacksConsumer consumer = (TrtcCallbacksConsumer) server.context.getRoute("callbacks").getConsumer();

        // the simulator retries a non-200 answer at once, then every retry interval
        await().atMost(Duration.ofSeconds(10)).until(() -> consumer.getCounts().getRejectedSignatures() >= 2);
        assertThat(routed).isEmpty();
    }
}
