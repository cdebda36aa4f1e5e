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
package dev.camelrtc.support.testing;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.StateRepository;

import dev.camelrtc.support.tasks.TaskHeaders;

import static dev.camelrtc.support.testing.DeliveredEvent.assertChained;
import static dev.camelrtc.support.testing.DeliveredEvent.of;
import static dev.camelrtc.support.testing.DeliveredEvent.sawStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the task consumers of both components promise about delivery, run against one component's consumer and the
 * simulator. A component's consumer test makes one with its own way to start and stop a task.
 *
 * @param camel       starts a CamelContext with the component and these routes (null: none)
 * @param consumerUri the consumer's endpoint URI, polling often
 * @param headers     the component's task headers
 * @param running     the status of a running task
 * @param stopped     the status of a stopped task
 * @param start       starts a task with this template and name, answers its TaskId
 * @param stop        stops the task of this TaskId with this template
 */
public record TaskConsumerScenarios(CamelStarter camel, String consumerUri, TaskHeaders headers, String running,
                                    String stopped, BiFunction<ProducerTemplate, String, String> start,
                                    BiConsumer<ProducerTemplate, String> stop) {

    /** Starts a CamelContext with the component under test. */
    @FunctionalInterface
    public interface CamelStarter {
        CamelContext start(RouteBuilder routes) throws Exception;
    }

    /** What {@link #followsAStartedTaskUntilItEnds} saw, for the component's own checks. */
    public record Followed(CamelContext context, String taskId, List<DeliveredEvent> task, DeliveredEvent running) {
    }

    /**
     * A task a producer started is followed until it ends: its events chained, its running status RUNNING, its
     * stopped status last, ENDED, and the only one that ends the task.
     *
     * @param uri the consumer's endpoint URI for this scenario
     */
    public Followed followsAStartedTaskUntilItEnds(String uri) throws Exception {
        List<DeliveredEvent> events = new CopyOnWriteArrayList<>();
        CamelContext context = camel.start(DeliveredEvent.collecting(uri, events, headers));
        ProducerTemplate template = context.createProducerTemplate();

        String taskId = start.apply(template, "follow-1");
        await().atMost(Duration.ofSeconds(10)).until(() -> sawStatus(events, taskId, running));
        stop.accept(template, taskId);
        await().atMost(Duration.ofSeconds(10)).until(() -> of(events, taskId).stream().anyMatch(DeliveredEvent::ended));

        List<DeliveredEvent> task = of(events, taskId);
        assertChained(task);
        DeliveredEvent last = task.get(task.size() - 1);
        assertThat(last.status()).isEqualTo(stopped);
        assertThat(last.state()).isEqualTo("ENDED");
        assertThat(task.stream().filter(DeliveredEvent::ended)).hasSize(1);
        DeliveredEvent runningEvent = task.stream().filter(e -> running.equals(e.status())).findFirst().orElseThrow();
        assertThat(runningEvent.state()).isEqualTo("RUNNING");
        return new Followed(context, taskId, task, runningEvent);
    }

    /** A route that fails on the first running status delivers that status again on a later poll. */
    public void aFailedExchangeDoesNotAdvanceTheState() throws Exception {
        List<DeliveredEvent> delivered = new CopyOnWriteArrayList<>();
        AtomicInteger attempts = new AtomicInteger();
        CamelContext context = camel.start(new RouteBuilder() {
            @Override
            public void configure() {
                from(consumerUri).routeId("follow").process(e -> {
                    if (running.equals(e.getMessage().getHeader(headers.status()))
                            && attempts.incrementAndGet() == 1) {
                        throw new IllegalStateException("downstream broker unavailable");
                    }
                    delivered.add(DeliveredEvent.of(e, headers));
                });
            }
        });
        String taskId = start.apply(context.createProducerTemplate(), "fail-1");

        await().atMost(Duration.ofSeconds(10)).until(() -> sawStatus(delivered, taskId, running));
        assertThat(attempts.get()).isGreaterThanOrEqualTo(2);
        assertChained(of(delivered, taskId));
    }

    /**
     * A consumer restarted in a new CamelContext with a file state repository delivers the stop that happened while
     * nothing ran, once, chained to what it delivered before.
     */
    public void aRestartLosesNoTransitionAndRepeatsNoneThatWasDelivered(Path dir) throws Exception {
        File stateFile = dir.resolve("consumer-state.dat").toFile();
        List<DeliveredEvent> events = new CopyOnWriteArrayList<>();
        Supplier<RouteBuilder> routes = () -> DeliveredEvent.collectingWithState(consumerUri, stateFile, events,
                headers);
        CamelContext first = camel.start(routes.get());
        String taskId = start.apply(first.createProducerTemplate(), "restart-1");
        await().atMost(Duration.ofSeconds(10)).until(() -> sawStatus(events, taskId, running));
        first.stop();
        int deliveredBeforeRestart = of(events, taskId).size();

        // the task stops while nothing is running
        CamelContext other = camel.start(null);
        stop.accept(other.createProducerTemplate(), taskId);
        other.stop();

        camel.start(routes.get()); // a new CamelContext, as after a JVM restart: only the file carries the state
        await().atMost(Duration.ofSeconds(10)).until(() -> of(events, taskId).stream().anyMatch(DeliveredEvent::ended));

        List<DeliveredEvent> task = of(events, taskId);
        assertChained(task);
        assertThat(task.subList(deliveredBeforeRestart, task.size())).extracting(DeliveredEvent::status)
                .containsExactly(stopped);
        assertThat(task.get(deliveredBeforeRestart).previousStatus()).isEqualTo(running);
    }

    /**
     * A consumer stopped while its tasks change, and a second one started in a new CamelContext on the same shared
     * state (a new repository instance each, as in another JVM), deliver every task's changes once between them:
     * half of the tasks stop while the first runs, the others while none runs. Prints the counts.
     *
     * @param state a new repository on the shared state, for each instance
     */
    public void aSecondInstanceContinuesWhereTheFirstStopped(Supplier<StateRepository<String, String>> state,
                                                             int count) throws Exception {
        List<DeliveredEvent> events = new CopyOnWriteArrayList<>();
        CamelContext first = camel.start(DeliveredEvent.collectingWithState(consumerUri, state.get(), events, headers));
        ProducerTemplate template = first.createProducerTemplate();
        List<String> taskIds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            taskIds.add(start.apply(template, "handover-" + i));
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> taskIds.stream().allMatch(id -> sawStatus(events, id, running)));
        taskIds.subList(0, count / 2).forEach(id -> stop.accept(template, id));
        first.stop(); // without waiting for those ends: some are delivered, others are left to the second instance
        int byFirst = events.size();

        CamelContext other = camel.start(null);
        taskIds.subList(count / 2, count).forEach(id -> stop.accept(other.createProducerTemplate(), id));
        other.stop();

        camel.start(DeliveredEvent.collectingWithState(consumerUri, state.get(), events, headers));
        await().atMost(Duration.ofSeconds(60)).until(() -> DeliveredEvent.endedTasks(events).containsAll(taskIds));

        int lost = DeliveredEvent.lostTransitions(events, taskIds, id -> id);
        int duplicates = DeliveredEvent.duplicates(events);
        System.out.println("handover: " + count + " tasks, " + byFirst + " events by the first instance, "
                           + (events.size() - byFirst) + " by the second, " + lost + " lost transitions, " + duplicates
                           + " duplicate events");
        assertThat(lost).isZero();
        assertThat(duplicates).isZero();
        assertThat(events.size()).as("the second instance delivered the ends left to it").isGreaterThan(byFirst);
        taskIds.forEach(id -> assertChained(of(events, id)));
    }
}
