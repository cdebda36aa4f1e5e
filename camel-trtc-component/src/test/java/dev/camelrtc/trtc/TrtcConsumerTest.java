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

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.camelrtc.simulator.Fault;
import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.support.testing.CamelContexts;
import dev.camelrtc.support.testing.DeliveredEvent;
import dev.camelrtc.support.testing.HandledErrors;
import dev.camelrtc.support.testing.TaskConsumerScenarios;
import dev.camelrtc.trtc.model.AsyncTextToSpeechRequest;
import dev.camelrtc.trtc.model.DescribeAITranscriptionResponse;
import dev.camelrtc.trtc.model.DescribeAsyncTextToSpeechResponse;
import dev.camelrtc.trtc.model.StartAITranscriptionRequest;
import dev.camelrtc.trtc.model.StartAITranscriptionResponse;
import dev.camelrtc.trtc.model.TranscriptionParams;
import dev.camelrtc.trtc.model.Voice;

import static dev.camelrtc.support.testing.DeliveredEvent.assertChained;
import static dev.camelrtc.support.testing.DeliveredEvent.of;
import static dev.camelrtc.support.testing.DeliveredEvent.sawStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Describe consumers against the simulator: status changes become exchanges, without loss, across restarts. */
class TrtcConsumerTest {


    @RegisterExtension
    static final RtcSimulatorExtension SIM = SimulatedTrtc.simulator(Duration.ofSeconds(30));

    @RegisterExtension
    final CamelContexts contexts = new CamelContexts();

    private final TaskConsumerScenarios scenarios = new TaskConsumerScenarios(this::camel,
            "trtc:describeAITranscription?delay=50", TrtcTaskConsumer.HEADERS, "InProgress", "Stopped",
            TrtcConsumerTest::start, TrtcConsumerTest::stop);

    @AfterEach
    void stopAll() {
        contexts.stopAll();
        SIM.simulator().reset();
    }

    private CamelContext camel(RouteBuilder routes) throws Exception {
        TrtcComponent trtc = SimulatedTrtc.component(SIM, 1400000077L);
        return contexts.start("trtc", trtc, routes);
    }

    private static RouteBuilder collecting(String uri, List<DeliveredEvent> events) {
        return DeliveredEvent.collecting(uri, events, TrtcTaskConsumer.HEADERS);
    }

    static StartAITranscriptionRequest transcription(String room) {
        return new StartAITranscriptionRequest().withRoomId(room)
                .withTranscriptionParams(new TranscriptionParams().withUserId("bot").withUserSig("sig")
                        .withMaxIdleTime(3600L));
    }

    static String start(ProducerTemplate template, String room) {
        return template.requestBody("trtc:startAITranscription", transcription(room),
                StartAITranscriptionResponse.class).getTaskId();
    }

    static void stop(ProducerTemplate template, String taskId) {
        template.requestBodyAndHeader("trtc:stopAITranscription", null, TrtcConstants.TASK_ID, taskId);
    }

    @Test
    void followsTasksStartedByProducersUntilTheyEnd() throws Exception {
        TaskConsumerScenarios.Followed followed =
                scenarios.followsAStartedTaskUntilItEnds("trtc:describeAITranscription?delay=50");
        String taskId = followed.taskId();
        CamelContext context = followed.context();
        DeliveredEvent running = followed.running();
        assertThat(running.body()).isInstanceOfSatisfying(DescribeAITranscriptionResponse.class,
                b -> assertThat(b.getTaskId()).isEqualTo(taskId));
        assertThat(context.getRoute("follow").getConsumer()).isInstanceOfSatisfying(TrtcTaskConsumer.class,
                c -> assertThat(c.tracker().isFollowing(taskId)).isFalse());
    }

    @Test
    void followsTheConfiguredTaskIdsOnlyWhenStartedTasksAreOptedOut() throws Exception {
        CamelContext producer = camel(null);
        ProducerTemplate template = producer.createProducerTemplate();
        String followed = start(template, "ids-1");
        String ignored = template.requestBodyAndHeader("trtc:startAITranscription", transcription("ids-2"),
                TrtcConstants.FOLLOW, false, StartAITranscriptionResponse.class).getTaskId();

        List<DeliveredEvent> events = new CopyOnWriteArrayList<>();
        camel(collecting("trtc:describeAITranscription?delay=50&followStartedTasks=false&taskIds=RAW(" + followed
                + ", never-existed)&notFoundGrace=300", events));

        await().atMost(Duration.ofSeconds(10)).until(() -> sawStatus(events, followed, "InProgress"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !of(events, "never-existed").isEmpty());
        DeliveredEvent gone = of(events, "never-existed").get(0);
        assertThat(gone.status()).isEqualTo("NotFound");
        assertThat(gone.ended()).isTrue();
        assertThat(of(events, ignored)).isEmpty();
    }

    @Test
    void aFollowHeaderAddsATaskToTheConsumers() throws Exception {
        List<DeliveredEvent> events = new CopyOnWriteArrayList<>();
        CamelContext context = camel(collecting("trtc:describeAITranscription?delay=50", events));
        ProducerTemplate template = context.createProducerTemplate();
        String taskId = template.requestBodyAndHeader("trtc:startAITranscription", transcription("hdr-1"),
                TrtcConstants.FOLLOW, false, StartAITranscriptionResponse.class).getTaskId();
        assertThat(context.getRoute("follow").getConsumer()).isInstanceOfSatisfying(TrtcTaskConsumer.class,
                c -> assertThat(c.tracker().isFollowing(taskId)).isFalse());

        template.requestBodyAndHeaders("trtc:describeAITranscription", null,
                Map.of(TrtcConstants.TASK_ID, taskId, TrtcConstants.FOLLOW, true));

        await().atMost(Duration.ofSeconds(10)).until(() -> sawStatus(events, taskId, "InProgress"));
    }

    /** What docs/trtc-component.adoc says of several consumers of one family (the component's FollowRegistry). */
    @Test
    void everyConsumerOfTheFamilyFollowsEveryStartedTaskUntilOneDeliveredItsEnd() throws Exception {
        Map<String, List<DeliveredEvent>> events = new ConcurrentHashMap<>();
        for (String route : List.of("first", "second", "late")) {
            events.put(route, new CopyOnWriteArrayList<>());
        }
        CamelContext context = camel(new RouteBuilder() {
            @Override
            public void configure() {
                for (String route : List.of("first", "second", "late")) {
                    // one consumer per endpoint URI in Camel: the routes differ by their stateKey
                    from("trtc:describeAITranscription?delay=50&stateKey=" + route).routeId(route)
                            .autoStartup("first".equals(route))
                            .process(e -> events.get(route).add(DeliveredEvent.of(e, TrtcTaskConsumer.HEADERS)));
                }
            }
        });
        ProducerTemplate template = context.createProducerTemplate();
        String shared = start(template, "share-1");
        context.getRouteController().startRoute("second"); // started after the task: it is handed the posted task

        await().atMost(Duration.ofSeconds(20)).until(() -> sawStatus(events.get("first"), shared, "InProgress")
                                                          && sawStatus(events.get("second"), shared, "InProgress"));
        stop(template, shared);
        await().atMost(Duration.ofSeconds(20)).until(() -> DeliveredEvent.endedTasks(events.get("first"))
                .contains(shared) && DeliveredEvent.endedTasks(events.get("second")).contains(shared));
        // the end's completion (which takes the task off the board) runs after the route's processor recorded it
        await().atMost(Duration.ofSeconds(20)).until(() -> !following("first", context, shared)
                                                          && !following("second", context, shared));
        // each polling consumer delivers its own end, once
        assertThat(of(events.get("first"), shared)).filteredOn(DeliveredEvent::ended).hasSize(1);
        assertThat(of(events.get("second"), shared)).filteredOn(DeliveredEvent::ended).hasSize(1);

        // a task whose end was delivered is no longer posted: a consumer started now follows only what comes next
        context.getRouteController().startRoute("late");
        String next = start(template, "share-2");
        await().atMost(Duration.ofSeconds(20)).until(() -> sawStatus(events.get("late"), next, "InProgress")
                                                          && sawStatus(events.get("first"), next, "InProgress"));
        assertThat(of(events.get("late"), shared)).isEmpty();
        stop(template, next);
    }

    private static boolean following(String route, CamelContext context, String taskId) {
        return ((TrtcTaskConsumer) context.getRoute(route).getConsumer()).tracker().isFollowing(taskId);
    }

    @Test
    void aFailedExchangeDoesNotAdvanceTheStateSoTheStatusIsDeliveredAgain() throws Exception {
        scenarios.aFailedExchangeDoesNotAdvanceTheState();
    }

    @Test
    void aRestartLosesNoTransitionAndRepeatsNoneThatWasDelivered(@TempDir Path dir) throws Exception {
        scenarios.aRestartLosesNoTransitionAndRepeatsNoneThatWasDelivered(dir);
    }

    @Test
    void transientErrorsAreRetriedWithoutLosingTransitions() throws Exception {
        List<DeliveredEvent> events = new CopyOnWriteArrayList<>();
        CamelContext context = camel(collecting("trtc:describeAITranscription?delay=50", events));
        SIM.simulator().faults().inject("DescribeAITranscription", Fault.httpStatus(502), 2);
        SIM.simulator().faults().inject("DescribeAITranscription", Fault.error("InternalError", "try later"), 2);
        String taskId = start(context.createProducerTemplate(), "errors-1");

        await().atMost(Duration.ofSeconds(15)).until(() -> sawStatus(events, taskId, "InProgress"));
        assertThat(SIM.simulator().faults().pending()).isZero();
        assertChained(of(events, taskId));
    }

    @Test
    void aPollThatCannotReadAnythingGoesToTheBridgedErrorHandler() throws Exception {
        HandledErrors errors = new HandledErrors();
        CamelContext producer = camel(null);
        String taskId = start(producer.createProducerTemplate(), "bridge-1");
        camel(new RouteBuilder() {
            @Override
            public void configure() {
                errors.collectFrom(this);
                from("trtc:describeAITranscription?delay=50&bridgeErrorHandler=true&followStartedTasks=false"
                     + "&secretKey=RAW(wrongSecretKey)&taskId=RAW(" + taskId + ")").routeId("follow")
                        .to("log:never");
            }
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> !errors.isEmpty());
        assertThat(errors.get(0)).isInstanceOfSatisfying(TrtcException.class,
                e -> assertThat(e.getCode()).isEqualTo("AuthFailure.SignatureFailure"));
        assertThat(errors.get(0).getMessage()).doesNotContain("wrongSecretKey");
    }

    @Test
    void followingTwoHundredTasksStaysUnderTheQpsLimitAndIsFair() throws Exception {
        int tasks = 200;
        List<DeliveredEvent> events = new CopyOnWriteArrayList<>();
        Map<String, Long> firstSeen = new ConcurrentHashMap<>();
        HandledErrors errors = new HandledErrors();
        CamelContext context = camel(new RouteBuilder() {
            @Override
            public void configure() {
                errors.collectFrom(this);
                from("trtc:describeAITranscription?delay=200&bridgeErrorHandler=true").routeId("follow")
                        .process(e -> {
                            DeliveredEvent event = DeliveredEvent.of(e, TrtcTaskConsumer.HEADERS);
                            events.add(event);
                            firstSeen.putIfAbsent(event.taskId(), System.nanoTime());
                        });
            }
        });
        ProducerTemplate template = context.createProducerTemplate();
        List<String> started = new ArrayList<>();
        List<Exception> startErrors = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            Exchange reply = template.request("trtc:startAITranscription",
                    e -> e.getMessage().setBody(transcription("bulk-" + System.nanoTime())));
            if (reply.getException() != null) {
                startErrors.add(reply.getException());
            } else {
                started.add(reply.getMessage().getHeader(TrtcConstants.TASK_ID, String.class));
            }
        }
        long allStarted = System.nanoTime();

        // every task is seen within ceil(N / QPS) seconds of the last start, plus slack for the 10% jitter margin
        await().atMost(Duration.ofSeconds((tasks + 19) / 20 + 8))
                .until(() -> started.stream().allMatch(firstSeen::containsKey));
        assertThat(startErrors).isEmpty();
        assertThat(errors).isEmpty();
        assertThat(events.stream().map(DeliveredEvent::status).filter(Objects::isNull)).isEmpty();
        Map<String, List<DeliveredEvent>> byTask = new HashMap<>();
        events.forEach(e -> byTask.computeIfAbsent(e.taskId(), k -> new ArrayList<>()).add(e));
        byTask.values().forEach(DeliveredEvent::assertChained);
        assertThat(firstSeen.values().stream().mapToLong(t -> t - allStarted).max().orElseThrow())
                .isLessThan(Duration.ofSeconds((tasks + 19) / 20 + 8).toNanos());
    }

    @Test
    void followsAnAsyncSpeechSynthesisUntilItsAudioIsReady() throws Exception {
        List<DeliveredEvent> events = new CopyOnWriteArrayList<>();
        CamelContext context = camel(collecting("trtc:describeAsyncTextToSpeech?delay=50", events));
        String taskId = context.createProducerTemplate().request("trtc:asyncTextToSpeech", e -> e.getMessage()
                .setBody(new AsyncTextToSpeechRequest().withText("long text").withVoice(new Voice().withVoiceId("v"))))
                .getMessage().getHeader(TrtcConstants.TASK_ID, String.class);
        assertThat(taskId).isNotBlank();

        await().atMost(Duration.ofSeconds(10)).until(() -> of(events, taskId).stream().anyMatch(DeliveredEvent::ended));
        List<DeliveredEvent> delivered = of(events, taskId);
        DeliveredEvent last = delivered.get(delivered.size() - 1);
        assertThat(last.status()).isEqualTo("Success");
        assertThat(last.state()).isEqualTo("ENDED");
        assertThat(last.body()).isInstanceOfSatisfying(DescribeAsyncTextToSpeechResponse.class,
                b -> assertThat(b.getAudioDownloadUrl()).contains(taskId));
        assertThat(delivered).extracting(DeliveredEvent::status).containsAnyOf("Processing", "Success")
                .doesNotHaveDuplicates();
        assertChained(events);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(context.getRoute("follow").getConsumer())
                .isInstanceOfSatisfying(TrtcTaskConsumer.class, c -> assertThat(c.tracker().isFollowing(taskId)).isFalse()));
    }
}
