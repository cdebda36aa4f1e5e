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

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelrtc.alilive.model.CreateRtcAsrTaskRequest;
import dev.camelrtc.simulator.Fault;
import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.support.call.CloudApiException;
import dev.camelrtc.support.call.OperationKind;
import dev.camelrtc.support.testing.DeliveredEvent;
import dev.camelrtc.support.testing.FaultMatrixTally;

import static dev.camelrtc.alilive.SimulatedAlilive.KEY_SECRET;
import static dev.camelrtc.support.testing.DeliveredEvent.endedTasks;
import static dev.camelrtc.support.testing.DeliveredEvent.lostTransitions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every alilive operation under every fault the simulator injects, with a discovering queryRtcAsrTasks consumer
 * following every task meanwhile: each call succeeds after retries or fails with an AliliveException whose message
 * says what happened; a create never leaves a second task behind, and one that failed but created its task says it
 * may have been executed; the consumer loses no transition and repeats no status.
 */
class AliliveFaultMatrixTest {

    private static final Duration RESPONSE_TIMEOUT = Duration.ofMillis(500);
    // well above the timeout: the HTTP client checks timeouts about once a second, so 900 ms would still be answered
    private static final Duration LATENCY = Duration.ofMillis(2000);

    @RegisterExtension
    static final RtcSimulatorExtension SIM = SimulatedAlilive.simulator();

    private static final Map<String, Supplier<Fault>> FAULTS = new LinkedHashMap<>();

    static {
        FAULTS.put("HTTP 502 gateway page", () -> Fault.httpStatus(502));
        FAULTS.put("HTTP 503 after execution", () -> Fault.httpStatusAfterExecute(503));
        FAULTS.put("throttling burst", () -> Fault.error("Throttling.User",
                "Request was denied due to user flow control."));
        FAULTS.put("internal error", () -> Fault.error("InternalError",
                "The request processing has failed due to some unknown error."));
        FAULTS.put("latency above the timeout", () -> Fault.latency(LATENCY));
        FAULTS.put("connection reset", Fault::dropConnection);
        FAULTS.put("connection reset after execution", Fault::dropConnectionAfterExecute);
        FAULTS.put("malformed JSON", Fault::malformedBody);
        FAULTS.put("truncated body", Fault::truncatedBody);
        FAULTS.put("wrong content type", Fault::wrongContentType);
    }

    private final List<DeliveredEvent> events = new CopyOnWriteArrayList<>();
    /** Every task the matrix made exist (by a successful or a failed create): the consumer must end each one. */
    private final Set<String> createdTasks = ConcurrentHashMap.newKeySet();
    private final FaultMatrixTally tally = new FaultMatrixTally("alilive", AliliveException.class, KEY_SECRET);
    private Exception latencyCreateFailure;

    @Test
    void everyOperationUnderEveryFault() throws Exception {
        CamelContext context = new DefaultCamelContext();
        AliliveComponent alilive = SimulatedAlilive.component(SIM);
        alilive.getConfiguration().setResponseTimeout(RESPONSE_TIMEOUT.toMillis());
        alilive.getConfiguration().setRetryAttempts(4);
        alilive.getConfiguration().setRetryInitialDelay(20);
        context.addComponent("alilive", alilive);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // discoverTasks is on by default: it must also pick up the tasks of creates that failed
                from("alilive:queryRtcAsrTasks?delay=100&notFoundGrace=2000").routeId("follow")
                        .process(e -> events.add(DeliveredEvent.of(e, AliliveTaskConsumer.HEADERS)));
            }
        });
        context.start();
        ProducerTemplate template = context.createProducerTemplate();
        try {
            int stream = 0;
            for (AliliveOperations operation : AliliveOperations.values()) {
                for (Map.Entry<String, Supplier<Fault>> fault : FAULTS.entrySet()) {
                    runCase(template, operation, "matrix-" + stream++, fault.getKey(), fault.getValue().get());
                }
            }
            // stop every task still running, so that the consumer must deliver every end
            for (JsonNode task : SIM.simulator().tasksAsJson()) {
                if ("aliyun".equals(task.path("vendor").asText()) && task.path("status").asInt() != 2) {
                    Exchange stop = template.request("alilive:stopRtcAsrTask",
                            e -> e.getMessage().setHeader(AliliveConstants.TASK_ID, task.path("id").asText()));
                    assertThat(stop.getException()).as("final stop of %s", task).isNull();
                }
            }
            await().atMost(Duration.ofSeconds(15)).until(() -> endedTasks(events).containsAll(createdTasks));
        } finally {
            int lost = lostTransitions(events, createdTasks, id -> "task " + id);
            context.stop();
            tally.assertClean(lost);
            assertThat(tally.faults()).isEqualTo(AliliveOperations.values().length * FAULTS.size());
            assertThat(latencyCreateFailure).as("the latency fault must outlast the response timeout")
                    .isInstanceOfSatisfying(AliliveException.class,
                            e -> assertThat(e.getCode()).isEqualTo(CloudApiException.NETWORK_ERROR));
        }
    }

    private void runCase(ProducerTemplate template, AliliveOperations operation, String stream, String faultName,
                         Fault fault) {
        String taskId = operation.kind() == OperationKind.START ? null : createTask(template, stream);
        Set<String> before = taskIds();
        SIM.simulator().faults().inject(operation.action(), fault, faultName.equals("throttling burst") ? 2 : 1);
        Exchange exchange = template.request("alilive:" + operation, e -> {
            if (operation.kind() == OperationKind.START) {
                e.getMessage().setBody(live(stream));
            } else {
                e.getMessage().setHeader(AliliveConstants.TASK_ID, taskId);
            }
        });
        SIM.simulator().faults().clear();
        Exception failure = exchange.getException();
        tally.ran(operation + " / " + faultName, operation.action(), failure);
        if (operation.kind() != OperationKind.START) {
            return;
        }
        if (fault.type() == Fault.Type.LATENCY) {
            latencyCreateFailure = failure;
            // the simulator executes the delayed request after the client gave up (and did not repeat it): wait for
            // the task that request creates
            awaitNewTask(before);
        }
        Set<String> created = new HashSet<>(taskIds());
        created.removeAll(before);
        createdTasks.addAll(created);
        tally.started(created.size());
        if (failure == null) {
            String replied = exchange.getMessage().getHeader(AliliveConstants.TASK_ID, String.class);
            if (!created.contains(replied)) {
                tally.unclear(operation + " / " + faultName + " replied TaskId " + replied + " but created " + created);
            }
        } else if (!created.isEmpty()) {
            tally.failedAfterExecution(operation + " / " + faultName, failure);
        }
    }


    private String createTask(ProducerTemplate template, String stream) {
        Exchange created = template.request("alilive:createRtcAsrTask", e -> e.getMessage().setBody(live(stream)));
        assertThat(created.getException()).as("set-up create for %s", stream).isNull();
        String taskId = created.getMessage().getHeader(AliliveConstants.TASK_ID, String.class);
        createdTasks.add(taskId);
        return taskId;
    }

    private static CreateRtcAsrTaskRequest live(String stream) {
        return new CreateRtcAsrTaskRequest().withMode("live").withStreamUrl("rtmp://example.com/app/" + stream)
                .withLanguage("cn").withCallbackUrl("http://127.0.0.1:9/cb");
    }

    private static Set<String> taskIds() {
        Set<String> ids = new HashSet<>();
        for (JsonNode task : SIM.simulator().tasksAsJson()) {
            if ("aliyun".equals(task.path("vendor").asText())) {
                ids.add(task.path("id").asText());
            }
        }
        return ids;
    }

    /** Waits until the simulator's task ids have not changed for longer than the injected latency. */
    private static void awaitNewTask(Set<String> before) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !before.containsAll(taskIds()));
    }

}
