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
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.FileStateRepository;

import dev.camelrtc.support.tasks.TaskHeaders;
import dev.camelrtc.support.tasks.TaskState;

import static org.assertj.core.api.Assertions.assertThat;

/** One exchange a task consumer delivered, as the route saw it, read through the vendor's header names. */
public record DeliveredEvent(String taskId, String status, String previousStatus, boolean ended, String state,
                             String requestId, Object body) {

    public static DeliveredEvent of(Exchange exchange, TaskHeaders headers) {
        Message m = exchange.getMessage();
        return new DeliveredEvent(m.getHeader(headers.taskId(), String.class),
                m.getHeader(headers.status(), String.class), m.getHeader(headers.previousStatus(), String.class),
                Boolean.TRUE.equals(m.getHeader(headers.taskEnded(), Boolean.class)),
                m.getHeader(TaskState.HEADER, String.class), m.getHeader(headers.requestId(), String.class),
                m.getBody());
    }

    /** A route with id {@code follow} from the consumer URI that records every exchange in {@code events}. */
    public static RouteBuilder collecting(String uri, List<DeliveredEvent> events, TaskHeaders headers) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("follow").process(e -> events.add(of(e, headers)));
            }
        };
    }

    /**
     * {@link #collecting}, with the consumer's state in a FileStateRepository on {@code stateFile} under the key
     * {@code restart-test}; {@code uri} already has options.
     */
    public static RouteBuilder collectingWithState(String uri, File stateFile, List<DeliveredEvent> events,
                                                   TaskHeaders headers) {
        return collectingWithState(uri, FileStateRepository.fileStateRepository(stateFile), events, headers);
    }

    /** {@link #collecting}, with the consumer's state in this repository under the key {@code restart-test}. */
    public static RouteBuilder collectingWithState(String uri, StateRepository<String, String> state,
                                                   List<DeliveredEvent> events, TaskHeaders headers) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                getContext().getRegistry().bind("taskState", state);
                from(uri + "&stateRepository=#taskState&stateKey=restart-test").routeId("follow")
                        .process(e -> events.add(of(e, headers)));
            }
        };
    }

    /** How many events repeat a status their task was already delivered with. */
    public static int duplicates(List<DeliveredEvent> events) {
        return events.size() - (int) events.stream().map(e -> e.taskId() + "|" + e.status()).distinct().count();
    }

    /** The events of one task, in delivery order. */
    public static List<DeliveredEvent> of(List<DeliveredEvent> events, String taskId) {
        return events.stream().filter(e -> taskId.equals(e.taskId())).toList();
    }

    /** Whether a task's events include this status. */
    public static boolean sawStatus(List<DeliveredEvent> events, String taskId, String status) {
        return of(events, taskId).stream().anyMatch(e -> status.equals(e.status()));
    }

    /** No two consecutive events of a task carry the same status, and each names the previous one. */
    public static void assertChained(List<DeliveredEvent> events) {
        assertThat(events).isNotEmpty();
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).status()).isNotEqualTo(events.get(i - 1).status());
            assertThat(events.get(i).previousStatus()).isEqualTo(events.get(i - 1).status());
        }
        assertThat(events.get(0).previousStatus()).isNull();
    }

    /** The ids of the tasks whose end was delivered. */
    public static Set<String> endedTasks(List<DeliveredEvent> events) {
        Set<String> ended = ConcurrentHashMap.newKeySet();
        events.stream().filter(DeliveredEvent::ended).forEach(e -> ended.add(e.taskId()));
        return ended;
    }

    /**
     * Tasks whose end was never delivered, plus breaks in a task's chain of statuses (a repeat or a gap), each printed
     * with what {@code about} says of its task.
     */
    public static int lostTransitions(List<DeliveredEvent> events, Collection<String> taskIds,
                                      Function<String, String> about) {
        int lost = 0;
        for (String taskId : taskIds) {
            List<DeliveredEvent> chain = of(events, taskId);
            if (chain.stream().noneMatch(DeliveredEvent::ended)) {
                lost++;
                System.out.println("no end delivered for " + about.apply(taskId) + ": " + chain);
            }
            for (int i = 1; i < chain.size(); i++) {
                if (!chain.get(i).status().equals(chain.get(i - 1).status())
                        && chain.get(i - 1).status().equals(chain.get(i).previousStatus())) {
                    continue;
                }
                lost++;
                System.out.println("chain break for " + taskId + ": " + chain);
            }
        }
        return lost;
    }
}
