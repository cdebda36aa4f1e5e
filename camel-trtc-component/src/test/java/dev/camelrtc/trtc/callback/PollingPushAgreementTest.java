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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import dev.camelrtc.simulator.Dialogue;
import dev.camelrtc.simulator.RtcSimulator;
import dev.camelrtc.simulator.SimulatorTimings;
import dev.camelrtc.support.tasks.TaskPollingConsumer;
import dev.camelrtc.support.tasks.TaskState;
import dev.camelrtc.trtc.TrtcConstants;
import dev.camelrtc.trtc.model.StartAITranscriptionRequest;
import dev.camelrtc.trtc.model.StartAITranscriptionResponse;
import dev.camelrtc.trtc.model.TranscriptionParams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Polling and push agree (issue 11 item 2): a trtc-callbacks consumer and trtc polling consumers in one CamelContext,
 * against the simulator pushing signed 901 and 902 callbacks. A 901 makes a task known to the polling consumers that
 * follow started tasks; each task's end reaches the routes once in all, whichever side saw it first.
 */
class PollingPushAgreementTest {

    private static final String SECRET_ID = "AKIDagreementtest0000000000000000";
    private static final String SECRET_KEY = "agreementTestSecretKey0000000000";
    private static final String CALLBACK_KEY = "AgreementCallbackKey0123456789ab";
    private static final String PATH = "/trtc/agreement";
    private static final int TASKS = 20;
    private static final Duration WAIT = Duration.ofSeconds(60);

    /** Ended exchanges per task, from either side. */
    private final Map<String, AtomicInteger> ends = new ConcurrentHashMap<>();
    private final AtomicInteger pushEnds = new AtomicInteger();
    private final AtomicInteger pollEnds = new AtomicInteger();
    private final List<String> conversationEvents = new CopyOnWriteArrayList<>();
    private final Map<String, Boolean> polledFirstSight = new ConcurrentHashMap<>();
    @AutoClose
    private CallbackServer server;
    @AutoClose
    private RtcSimulator simulator;

    @Test
    void startsMakeTasksKnownAndEveryTaskEndsOnceInAll() throws Exception {
        server = new CallbackServer(new RouteBuilder() {
            @Override
            public void configure() {
                from("trtc-callbacks:" + PATH + "?callbackSecret=RAW(" + CALLBACK_KEY + ")").routeId("callbacks")
                        .filter(header(TaskState.HEADER).isEqualTo("ENDED"))
                        .process(e -> ended(e.getMessage().getHeader(TrtcCallbacksConstants.TASK_ID, String.class),
                                pushEnds));
            }
        });
        // one sentence per task: the lifecycle events matter here, not the dialogue
        simulator = RtcSimulator.builder().port(0).tencentKey(SECRET_ID, SECRET_KEY)
                .timings(SimulatorTimings.fast().withStoppedGrace(Duration.ofSeconds(60)))
                .dialogue(Dialogue.parse("bot: One sentence.", "test"))
                .callbackUrl(server.url(PATH).toString(), CALLBACK_KEY).build().start();
        String trtc = "?region=ap-guangzhou&sdkAppId=1400000001&secretId=" + SECRET_ID + "&secretKey=RAW(" + SECRET_KEY
                      + ")&endpoint=" + simulator.baseUrl();
        server.context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("trtc:describeAITranscription" + trtc + "&delay=100").routeId("poll")
                        .process(e -> {
                            String taskId = e.getMessage().getHeader(TrtcConstants.TASK_ID, String.class);
                            polledFirstSight.put(taskId, true);
                            if (e.getMessage().getHeader(TrtcConstants.TASK_ENDED, Boolean.class)) {
                                ended(taskId, pollEnds);
                            }
                        });
                // gets every 901 of group 9 unconfirmed; its Describe never knows AI transcription tasks
                from("trtc:describeAIConversation" + trtc + "&delay=100&notFoundGrace=300").routeId("conversations")
                        .process(e -> conversationEvents.add(e.getMessage().getHeader(TrtcConstants.TASK_ID,
                                String.class)));
            }
        });
        TaskPollingConsumer poll = (TaskPollingConsumer) server.context.getRoute("poll").getConsumer();
        TaskPollingConsumer conversations =
                (TaskPollingConsumer) server.context.getRoute("conversations").getConsumer();
        TrtcCallbacksConsumer callbacks = (TrtcCallbacksConsumer) server.context.getRoute("callbacks").getConsumer();
        ProducerTemplate template = server.context.createProducerTemplate();

        // half the tasks are posted by the producer, half only by their 901 (CamelTrtcFollow=false)
        List<String> taskIds = new ArrayList<>();
        List<String> onlyByCallback = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            boolean follow = i % 2 == 0;
            StartAITranscriptionResponse started = template.requestBodyAndHeader("trtc:startAITranscription" + trtc,
                    new StartAITranscriptionRequest().withRoomId("agree-" + i).withTranscriptionParams(
                            new TranscriptionParams().withUserId("bot").withUserSig("sig").withMaxIdleTime(600L)),
                    TrtcConstants.FOLLOW, follow, StartAITranscriptionResponse.class);
            taskIds.add(started.getTaskId());
            if (!follow) {
                onlyByCallback.add(started.getTaskId());
            }
        }
        await().atMost(WAIT).until(() -> polledFirstSight.keySet().containsAll(taskIds));
        await().atMost(WAIT).until(() -> conversations.tracker().size() == 0);

        for (String taskId : taskIds) {
            template.requestBodyAndHeader("trtc:stopAITranscription" + trtc, null, TrtcConstants.TASK_ID, taskId);
        }
        // done when every task ended, no polling consumer follows any, and every 901 and 902 was answered
        await().atMost(WAIT).untilAsserted(() -> assertThat(ends.keySet().containsAll(taskIds)
                && poll.tracker().size() == 0 && pushEnds.get() + callbacks.getCounts().getEndedByPolling() >= TASKS)
                .as("ended %s of %d, still polled %d, callbacks %s", ends.keySet().size(), TASKS,
                        poll.tracker().size(), callbacks.getCounts())
                .isTrue());

        int endedExchanges = ends.values().stream().mapToInt(AtomicInteger::get).sum();
        long duplicates = ends.values().stream().mapToInt(AtomicInteger::get).filter(n -> n > 1).map(n -> n - 1)
                .sum();
        System.out.printf("agreement: %d tasks, %d ended exchanges (%d pushed, %d polled), %d duplicate ends;"
                          + " %d tasks known only by their 901%n", taskIds.size(), endedExchanges, pushEnds.get(),
                pollEnds.get(), duplicates, onlyByCallback.size());
        assertThat(duplicates).isZero();
        assertThat(endedExchanges).isEqualTo(TASKS);
        assertThat(polledFirstSight.keySet()).containsAll(onlyByCallback);
        assertThat(conversationEvents).as("the other family's consumer forgot the tasks without exchanges").isEmpty();
        assertThat(callbacks.getCounts().getRejectedSignatures()).isZero();
    }

    private void ended(String taskId, AtomicInteger side) {
        ends.computeIfAbsent(taskId, id -> new AtomicInteger()).incrementAndGet();
        side.incrementAndGet();
    }
}
