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
package dev.camelrtc.alilive;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.camelrtc.alilive.model.CreateRtcAsrTaskRequest;
import dev.camelrtc.alilive.model.CreateRtcAsrTaskResponse;
import dev.camelrtc.alilive.model.RtcAsrTask;
import dev.camelrtc.simulator.Fault;
import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.support.testing.CamelContexts;
import dev.camelrtc.support.testing.DeliveredEvent;
import dev.camelrtc.support.testing.HandledErrors;
import dev.camelrtc.support.testing.TaskConsumerScenarios;

import static dev.camelrtc.support.testing.DeliveredEvent.assertChained;
import static dev.camelrtc.support.testing.DeliveredEvent.of;
import static dev.camelrtc.support.testing.DeliveredEvent.sawStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The queryRtcAsrTasks consumer against the simulator: one list call per poll, every change once, across restarts. */
class AliliveConsumerTest {


    @RegisterExtension
    static final RtcSimulatorExtension SIM = SimulatedAlilive.simulator();

    @RegisterExtension
    final CamelContexts contexts = new CamelContexts();

    private final TaskConsumerScenarios scenarios = new TaskConsumerScenarios(this::camel,
            "alilive:queryRtcAsrTasks?delay=50", AliliveTaskConsumer.HEADERS, "1", "2", AliliveConsumerTest::create,
            AliliveConsumerTest::stop);

    @AfterEach
    void stopAll() {
        contexts.stopAll();
        SIM.simulator().reset();
    }

    private CamelContext camel(RouteBuilder routes) throws Exception {
        return camel(routes, component -> { });
    }

    private CamelContext camel(RouteBuilder routes, Consumer<AliliveComponent> setup) throws Exception {
        AliliveComponent alilive = SimulatedAlilive.component(SIM);
        setup.accept(alilive);
        return contexts.start("alilive", alilive, routes);
    }

    private static RouteBuilder collecting(String uri, List<DeliveredEvent> events) {
        return DeliveredEvent.collecting(uri, events, AliliveTaskConsumer.HEADERS);
    }

    private static CreateRtcAsrTaskRequest live(String stream) {
        return new CreateRtcAsrTaskRequest().withMode("live").withStreamUrl("rtmp://example.com/app/" + stream)
                .withLanguage("cn").withCallbackUrl("http://127.0.0.1:9/cb");
    }

    static String create(ProducerTemplate template, String stream) {
        return template.requestBody("alilive:createRtcAsrTask", live(stream), CreateRtcAsrTaskResponse.class)
                .getTaskId();
    }

    static void stop(ProducerTemplate template, String taskId) {
        template.requestBodyAndHeader("alilive:stopRtcAsrTask", null, AliliveConstants.TASK_ID, taskId);
    }


    private static AliliveTaskConsumer consumer(CamelContext context) {
        return (AliliveTaskConsumer) context.getRoute("follow").getConsumer();
    }

    @Test
    void followsTasksCreatedByProducersUntilTheyEnd() throws Exception {
        TaskConsumerScenarios.Followed followed =
                scenarios.followsAStartedTaskUntilItEnds("alilive:queryRtcAsrTasks?delay=50&discoverTasks=false");
        String taskId = followed.taskId();
        CamelContext context = followed.context();
        // a stopped task leaves the list of running tasks; one lookup by TaskId reads its final status, 2 (stopped)
        assertThat(followed.task()).extracting(DeliveredEvent::status).containsAnyOf("0", "1");
        assertThat(followed.running().requestId()).isNotBlank();
        assertThat(followed.running().body()).isInstanceOfSatisfying(RtcAsrTask.class, b -> {
            assertThat(b.getTaskId()).isEqualTo(taskId);
            assertThat(b.getStreamUrl()).isEqualTo("rtmp://example.com/app/follow-1");
        });
        followed.task().stream().filter(e -> "0".equals(e.status()))
                .forEach(e -> assertThat(e.state()).isEqualTo("PENDING"));
        assertThat(consumer(context).tracker().isFollowing(taskId)).isFalse();
    }

    @Test
    void followsTheConfiguredTaskIdsOnlyAndGivesUpANeverExistingOneAfterTheGrace() throws Exception {
        CamelContext producer = camel(null);
        ProducerTemplate template = producer.createProducerTemplate();
        String followed = create(template, "ids-1");
        String ignored = create(template, "ids-2");

        List<DeliveredEvent> events = new CopyOnWriteArrayList<>();
        long started = System.nanoTime();
        camel(collecting("alilive:queryRtcAsrTasks?delay=50&followStartedTasks=false&discoverTasks=false"
                         + "&taskIds=RAW(" + followed + ", asr-never-existed)&notFoundGrace=300", events));

        await().atMost(Duration.ofSeconds(10)).until(() -> sawStatus(events, followed, "1"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !of(events, "asr-never-existed").isEmpty());
        DeliveredEvent gone = of(events, "asr-never-existed").get(0);
        assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(Duration.ofMillis(300).toNanos());
        assertThat(gone.status()).isEqualTo("NotFound");
        assertThat(gone.ended()).isTrue();
        assertThat(gone.previousStatus()).isNull();
        assertThat(of(events, "asr-never-existed")).hasSize(1);
        assertThat(of(events, ignored)).isEmpty();
    }

    @Test
    void theFollowHeaderOptsOutOnCreateAndAddsOrRemovesOnOtherOperations() throws Exception {
        List<DeliveredEvent> events = new CopyOnWriteArrayList<>();
        CamelContext context = camel(collecting("alilive:queryRtcAsrTasks?delay=50&discoverTasks=false", events));
        ProducerTemplate template = context.createProducerTemplate();
        String taskId = template.requestBodyAndHeader("alilive:createRtcAsrTask", live("hdr-1"),
                AliliveConstants.FOLLOW, false, CreateRtcAsrTaskResponse.class).getTaskId();
        assertThat(consumer(context).tracker().isFollowing(taskId)).isFalse();

        template.requestBodyAndHeaders("alilive:queryRtcAsrTasks", null,
                Map.of(AliliveConstants.TASK_ID, taskId, AliliveConstants.FOLLOW, true));
        await().atMost(Duration.ofSeconds(10)).until(() -> sawStatus(events, taskId, "1"));

        template.requestBodyAndHeaders("alilive:queryRtcAsrTasks", null,
                Map.of(AliliveConstants.TASK_ID, taskId, AliliveConstants.FOLLOW, false));
        assertThat(consumer(context).tracker().isFollowing(taskId)).isFalse();
    }

    @Test
    void discoversTasksCreatedElsewhereUnlessRestrictedToTheTasksItWasToldAbout() throws Exception {
        List<DeliveredEvent> discovered = new CopyOnWriteArrayList<>();
        List<DeliveredEvent> restricted = new CopyOnWriteArrayList<>();
        camel(new RouteBuilder() {
            @Override
            public void configure() {
                from("alilive:queryRtcAsrTasks?delay=50").routeId("follow")
                        .process(e -> discovered.add(DeliveredEvent.of(e, AliliveTaskConsumer.HEADERS)));
                from("alilive:queryRtcAsrTasks?delay=50&discoverTasks=false").routeId("restricted")
                        .process(e -> restricted.add(DeliveredEvent.of(e, AliliveTaskConsumer.HEADERS)));
            }
        });
        CamelContext other = camel(null); // another application with the same AccessKey
        ProducerTemplate template = other.createProducerTemplate();
        String taskId = create(template, "discover-1");

        await().atMost(Duration.ofSeconds(10)).until(() -> sawStatus(discovered, taskId, "1"));
        stop(template, taskId);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> of(discovered, taskId).stream().anyMatch(DeliveredEvent::ended));

        List<DeliveredEvent> task = of(discovered, taskId);
        assertChained(task);
        assertThat(task.stream().filter(DeliveredEvent::ended)).hasSize(1);
        assertThat(restricted).isEmpty();
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
    void onePollIsOneListCallWhateverTheNumberOfTasks() throws Exception {
        int tasks = 60;
        List<DeliveredEvent> events = new CopyOnWriteArrayList<>();
        HandledErrors errors = new HandledErrors();
        // no client-side limit here: the simulator's 20 calls per second per action is the judge, and 60 tasks
        // polled every 100 ms would be 600 calls per second if the consumer read tasks one by one
        camel(new RouteBuilder() {
            @Override
            public void configure() {
                errors.collectFrom(this);
                from("alilive:queryRtcAsrTasks?delay=100&bridgeErrorHandler=true").routeId("follow")
                        .process(e -> events.add(DeliveredEvent.of(e, AliliveTaskConsumer.HEADERS)));
            }
        }, component -> component.setRateLimitEnabled(false));
        ProducerTemplate creator = camel(null).createProducerTemplate(); // rate limited: creates stay under 20/s
        List<String> created = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            created.add(create(creator, "bulk-" + i));
        }

        await().atMost(Duration.ofSeconds(15)).until(() -> created.stream().allMatch(id -> sawStatus(events, id, "1")));
        assertThat(errors).isEmpty();
        created.forEach(id -> assertChained(of(events, id)));
    }

    @Test
    void transientListErrorsAreRecoveredByTheNextPolls() throws Exception {
        List<DeliveredEvent> events = new CopyOnWriteArrayList<>();
        CamelContext context = camel(collecting("alilive:queryRtcAsrTasks?delay=50", events));
        String taskId = create(context.createProducerTemplate(), "errors-1");
        SIM.simulator().faults().inject("QueryRtcAsrTasks", Fault.httpStatus(502), 2);

        await().atMost(Duration.ofSeconds(15)).until(() -> sawStatus(events, taskId, "1"));
        assertThat(SIM.simulator().faults().pending()).isZero();
        assertChained(of(events, taskId));
    }

    @Test
    void aPollThatCannotListGoesToTheBridgedErrorHandler() throws Exception {
        HandledErrors errors = new HandledErrors();
        camel(new RouteBuilder() {
            @Override
            public void configure() {
                errors.collectFrom(this);
                from("alilive:queryRtcAsrTasks?delay=50&bridgeErrorHandler=true&secretKey=RAW(wrongSecret-xyz)")
                        .routeId("follow").to("log:never");
            }
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> !errors.isEmpty());
        assertThat(errors.get(0)).isInstanceOfSatisfying(AliliveException.class,
                e -> assertThat(e.getCode()).isEqualTo("SignatureDoesNotMatch"));
        assertThat(errors.get(0).getMessage()).doesNotContain("wrongSecret-xyz");
    }

    @Test
    void onlyQueryRtcAsrTasksCanBeConsumed() {
        assertThatThrownBy(() -> camel(new RouteBuilder() {
            @Override
            public void configure() {
                from("alilive:stopRtcAsrTask").to("log:never");
            }
        })).hasRootCauseInstanceOf(IllegalArgumentException.class).rootCause()
                .hasMessageContaining("alilive:stopRtcAsrTask cannot be consumed")
                .hasMessageContaining("queryRtcAsrTasks");
    }
}
