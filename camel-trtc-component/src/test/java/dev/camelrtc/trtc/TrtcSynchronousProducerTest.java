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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.spi.AsyncProcessorAwaitManager;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.camelrtc.simulator.Fault;
import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.support.call.CloudApiException;
import dev.camelrtc.support.testing.CamelContexts;
import dev.camelrtc.support.testing.SynchronousProducerScenarios;
import dev.camelrtc.trtc.model.DescribeAITranscriptionResponse;
import dev.camelrtc.trtc.model.StartAITranscriptionRequest;
import dev.camelrtc.trtc.model.StartAITranscriptionResponse;
import dev.camelrtc.trtc.model.TranscriptionParams;

import static dev.camelrtc.support.testing.SynchronousProducerScenarios.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer on the caller's thread ({@code synchronous=true}, and Camel's synchronous {@code process}) against the
 * simulator: the same replies, errors, retries, reconciliation, rate-limit refusals and timeouts as the asynchronous
 * path (each scenario runs both ways), without a thread hand-off.
 */
class TrtcSynchronousProducerTest {

    @RegisterExtension
    static final RtcSimulatorExtension SIM = SimulatedTrtc.simulator(Duration.ofSeconds(30));

    private static final SynchronousProducerScenarios SCENARIOS =
            new SynchronousProducerScenarios("trtc:describeAITranscription", "trtc-reply");

    @RegisterExtension
    final CamelContexts camel = CamelContexts.eachTest("trtc", () -> {
        TrtcComponent trtc = SimulatedTrtc.component(SIM, 1400000098L);
        trtc.getConfiguration().setRetryInitialDelay(20);
        return trtc;
    }, SCENARIOS.routes());

    @AfterEach
    void resetSimulator() {
        SIM.simulator().reset();
    }

    private static StartAITranscriptionRequest transcription(String room) {
        return new StartAITranscriptionRequest().withRoomId(room)
                .withTranscriptionParams(new TranscriptionParams().withUserId("bot").withUserSig("sig")
                        .withMaxIdleTime(3600L));
    }

    private String start(String room) {
        return camel.template().requestBody("trtc:startAITranscription", transcription(room),
                StartAITranscriptionResponse.class).getTaskId();
    }

    private static long tasksInRoom(String room) {
        long count = 0;
        for (JsonNode task : SIM.simulator().tasksAsJson()) {
            if (task.toString().contains("\"" + room + "\"")) {
                count++;
            }
        }
        return count;
    }

    @ParameterizedTest(name = "synchronous={0}")
    @ValueSource(booleans = { true, false })
    void aBlockingCallerGetsTheResponseModelAndTheReplyHeaders(boolean synchronous) {
        String taskId = start("sync-reply-" + synchronous);

        Exchange described = camel.template().request("trtc:describeAITranscription?" + options(synchronous),
                e -> e.getMessage().setHeader(TrtcConstants.TASK_ID, taskId));

        assertThat(described.getException()).isNull();
        assertThat(described.getMessage().getBody()).isInstanceOfSatisfying(DescribeAITranscriptionResponse.class,
                r -> assertThat(r.getTaskId()).isEqualTo(taskId));
        assertThat(described.getMessage().getHeader(TrtcConstants.TASK_ID)).isEqualTo(taskId);
        assertThat(described.getMessage().getHeader(TrtcConstants.STATUS, String.class)).isNotBlank();
        assertThat(described.getMessage().getHeader(TrtcConstants.REQUEST_ID, String.class)).isNotBlank();
    }

    @Test
    void aSynchronousEndpointContinuesTheExchangeOnTheCallersThreadAndTheAsynchronousOneOnTheReplyPool() {
        String taskId = start("sync-thread");

        SCENARIOS.continuesOnTheCallersThreadOrTheReplyPool(camel.template(),
                e -> e.getMessage().setHeader(TrtcConstants.TASK_ID, taskId));
    }

    @Test
    void aProducerTemplateNeverWaitsOnCamelsAwaitManagerForASynchronousEndpoint() {
        String taskId = start("sync-await");
        AsyncProcessorAwaitManager.Statistics awaits = PluginHelper
                .getAsyncProcessorAwaitManager(camel.context()).getStatistics();
        awaits.setStatisticsEnabled(true);
        awaits.reset();

        for (int i = 0; i < 3; i++) {
            camel.template().request("trtc:describeAITranscription?synchronous=true",
                    e -> e.getMessage().setHeader(TrtcConstants.TASK_ID, taskId));
        }
        long blockedSync = awaits.getThreadsBlocked();
        for (int i = 0; i < 3; i++) {
            camel.template().request("trtc:describeAITranscription",
                    e -> e.getMessage().setHeader(TrtcConstants.TASK_ID, taskId));
        }
        long blockedAsync = awaits.getThreadsBlocked() - blockedSync;

        // an asynchronous call that completes before the caller checks its latch is not counted: no assertion on it
        System.out.println("caller waits on the await manager: synchronous=true " + blockedSync + " of 3 calls,"
                           + " asynchronous " + blockedAsync + " of 3 calls");
        assertThat(blockedSync).isZero();
    }

    @Test
    void camelsSynchronousProcessRunsTheCallOnTheCallersThreadOfAnAsynchronousEndpoint() throws Exception {
        String taskId = start("sync-process");
        Producer producer = camel.context().getEndpoint("trtc:describeAITranscription").createProducer();
        producer.start();
        try {
            Exchange exchange = camel.context().getEndpoint("trtc:describeAITranscription").createExchange();
            exchange.getMessage().setHeader(TrtcConstants.TASK_ID, taskId);
            AsyncProcessorAwaitManager.Statistics awaits = PluginHelper
                    .getAsyncProcessorAwaitManager(camel.context()).getStatistics();
            awaits.setStatisticsEnabled(true);
            awaits.reset();

            producer.process(exchange);

            assertThat(exchange.getException()).isNull();
            assertThat(exchange.getMessage().getBody(DescribeAITranscriptionResponse.class).getTaskId())
                    .isEqualTo(taskId);
            assertThat(awaits.getThreadsBlocked()).as("no wait for another thread").isZero();
        } finally {
            producer.stop();
        }
    }

    @ParameterizedTest(name = "synchronous={0}")
    @ValueSource(booleans = { true, false })
    void anErrorAnswerIsTheVendorsException(boolean synchronous) {
        Exchange failed = camel.template().request("trtc:describeAITranscription?taskId=no-such-task&"
                                                   + options(synchronous), e -> { });

        assertThat(failed.getException()).isInstanceOfSatisfying(TrtcException.class, e -> {
            assertThat(e.getCode()).isEqualTo("FailedOperation.TaskNotExist");
            assertThat(e.getAction()).isEqualTo("DescribeAITranscription");
            assertThat(e.getRequestId()).isNotBlank();
        });
    }

    @ParameterizedTest(name = "synchronous={0}")
    @ValueSource(booleans = { true, false })
    void readsAreRetriedThroughGatewayErrorsAndInternalErrors(boolean synchronous) {
        String taskId = start("sync-retry-" + synchronous);
        SIM.simulator().faults().inject("DescribeAITranscription", Fault.httpStatus(502), 1);
        SIM.simulator().faults().inject("DescribeAITranscription", Fault.error("InternalError", "busy"), 1);

        Exchange described = camel.template().request("trtc:describeAITranscription?" + options(synchronous),
                e -> e.getMessage().setHeader(TrtcConstants.TASK_ID, taskId));

        assertThat(described.getException()).isNull();
        assertThat(described.getMessage().getHeader(TrtcConstants.TASK_ID)).isEqualTo(taskId);
        assertThat(SIM.simulator().faults().pending()).as("both faults met: three attempts").isZero();
    }

    @ParameterizedTest(name = "synchronous={0}")
    @ValueSource(booleans = { true, false })
    void aStartWhoseReplyWasLostIsReconciledWithTheTaskItCreated(boolean synchronous) {
        String room = "sync-lost-" + synchronous;
        SIM.simulator().faults().inject("StartAITranscription", Fault.dropConnectionAfterExecute(), 1);

        Exchange started = camel.template().request("trtc:startAITranscription?" + options(synchronous),
                e -> e.getMessage().setBody(transcription(room)));

        assertThat(started.getException()).isNull();
        String taskId = started.getMessage().getHeader(TrtcConstants.TASK_ID, String.class);
        assertThat(taskId).isNotBlank();
        assertThat(tasksInRoom(room)).isEqualTo(1);
        assertThat(SIM.simulator().tasksAsJson().toString()).contains(taskId);
    }

    @ParameterizedTest(name = "synchronous={0}")
    @ValueSource(booleans = { true, false })
    void aControlCommandIsNotRepeatedAfterAGatewayError(boolean synchronous) {
        SIM.simulator().faults().inject("ControlAIConversation", Fault.httpStatusAfterExecute(502), 2);

        Exchange controlled = camel.template().request("trtc:controlAIConversation?taskId=t-control&"
                                                       + options(synchronous), e -> e.getMessage()
                .setBody(java.util.Map.of("Command", "ServerPushText", "ServerPushText",
                        java.util.Map.of("Text", "hello"))));

        assertThat(controlled.getException()).isInstanceOfSatisfying(TrtcException.class,
                e -> assertThat(e.getMessage()).contains("may have been executed"));
        assertThat(SIM.simulator().faults().pending()).as("one fault left: no second attempt").isEqualTo(1);
    }

    @ParameterizedTest(name = "synchronous={0}")
    @ValueSource(booleans = { true, false })
    void aResponseTimeoutIsANetworkError(boolean synchronous) {
        SIM.simulator().faults().inject("DescribeAIConversation", Fault.latency(Duration.ofSeconds(1)), 1);

        Exchange impatient = camel.template().request("trtc:describeAIConversation?taskId=t-impatient"
                                                      + "&responseTimeout=300&retryAttempts=1&" + options(synchronous),
                e -> { });

        assertThat(impatient.getException()).isInstanceOfSatisfying(TrtcException.class, e -> {
            assertThat(e.isNetworkError()).isTrue();
            assertThat(e.getHttpStatus()).isZero();
            assertThat(e.getMessage()).contains("DescribeAIConversation");
        });
    }

    @ParameterizedTest(name = "synchronous={0}")
    @ValueSource(booleans = { true, false })
    void aSaturatedRateLimitFailsWithoutSendingNamingTheActionAndItsLimit(boolean synchronous) throws Exception {
        TrtcComponent trtc = SimulatedTrtc.component(SIM, 1400000098L);
        trtc.setRateLimits("DescribeAIConversation=2");
        CamelContext limited = camel.start("trtc", trtc, null);
        ProducerTemplate producer = limited.createProducerTemplate();
        List<Exchange> replies = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            replies.add(producer.request("trtc:describeAIConversation?taskId=t-none&rateLimitMaxWait=100&"
                                         + options(synchronous), e -> { }));
        }

        assertThat(replies.get(0).getException()).isInstanceOf(TrtcException.class)
                .hasFieldOrPropertyWithValue("code", "FailedOperation.TaskNotExist");
        assertThat(replies.get(2).getException()).isInstanceOfSatisfying(TrtcException.class, e -> {
            assertThat(e.getCode()).isEqualTo(CloudApiException.RATE_LIMITED);
            assertThat(e.getMessage()).contains("DescribeAIConversation", "2 calls per second", "not sent");
        });
    }
}
