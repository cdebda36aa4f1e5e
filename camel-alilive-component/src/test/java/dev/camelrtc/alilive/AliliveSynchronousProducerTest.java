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

import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.camelrtc.alilive.model.CreateRtcAsrTaskRequest;
import dev.camelrtc.alilive.model.CreateRtcAsrTaskResponse;
import dev.camelrtc.alilive.model.QueryRtcAsrTasksResponse;
import dev.camelrtc.simulator.Fault;
import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.support.testing.CamelContexts;
import dev.camelrtc.support.testing.SynchronousProducerScenarios;

import static dev.camelrtc.support.testing.SynchronousProducerScenarios.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer with {@code synchronous=true} against the simulator's Alibaba API: the same replies, error answers and
 * reconciliation as the asynchronous path (each scenario runs both ways), on the caller's thread. Rate limits, retry
 * rules and timeouts are support's and tested both ways in TrtcSynchronousProducerTest.
 */
class AliliveSynchronousProducerTest {

    @RegisterExtension
    static final RtcSimulatorExtension SIM = SimulatedAlilive.simulator();

    private static final SynchronousProducerScenarios SCENARIOS =
            new SynchronousProducerScenarios("alilive:queryRtcAsrTasks", "alilive-reply");

    @RegisterExtension
    final CamelContexts camel = CamelContexts.eachTest("alilive", () -> {
        AliliveComponent alilive = SimulatedAlilive.component(SIM);
        alilive.getConfiguration().setRetryInitialDelay(20);
        return alilive;
    }, SCENARIOS.routes());

    @AfterEach
    void resetSimulator() {
        SIM.simulator().reset();
    }

    private String create(String stream, boolean synchronous) {
        return camel.template().requestBody("alilive:createRtcAsrTask?" + options(synchronous),
                new CreateRtcAsrTaskRequest().withMode("live").withStreamUrl("rtmp://example.com/app/" + stream)
                        .withLanguage("cn").withCallbackUrl("http://127.0.0.1:9/cb"),
                CreateRtcAsrTaskResponse.class).getTaskId();
    }

    @ParameterizedTest(name = "synchronous={0}")
    @ValueSource(booleans = { true, false })
    void aBlockingCallerGetsTheResponseModelAndTheReplyHeaders(boolean synchronous) {
        String taskId = create("sync-reply-" + synchronous, synchronous);

        Exchange queried = camel.template().request("alilive:queryRtcAsrTasks?" + options(synchronous),
                e -> e.getMessage().setHeader(AliliveConstants.TASK_ID, taskId));

        assertThat(queried.getException()).isNull();
        assertThat(queried.getMessage().getBody()).isInstanceOfSatisfying(QueryRtcAsrTasksResponse.class,
                r -> assertThat(r.getTask(taskId)).isNotNull());
        assertThat(queried.getMessage().getHeader(AliliveConstants.TASK_ID)).isEqualTo(taskId);
        assertThat(queried.getMessage().getHeader(AliliveConstants.STATUS)).isNotNull();
        assertThat(queried.getMessage().getHeader(AliliveConstants.REQUEST_ID, String.class)).isNotBlank();
    }

    @Test
    void aSynchronousEndpointContinuesTheExchangeOnTheCallersThreadAndTheAsynchronousOneOnTheReplyPool() {
        SCENARIOS.continuesOnTheCallersThreadOrTheReplyPool(camel.template(), e -> { });
    }

    @ParameterizedTest(name = "synchronous={0}")
    @ValueSource(booleans = { true, false })
    void anErrorAnswerIsTheVendorsException(boolean synchronous) {
        Exchange failed = camel.template().request("alilive:stopRtcAsrTask?taskId=no-such-task&retryAttempts=1&"
                                                   + options(synchronous), e -> { });

        assertThat(failed.getException()).isInstanceOfSatisfying(AliliveException.class, e -> {
            assertThat(e.getCode()).isEqualTo(AliliveApi.CONFIG_NOT_FOUND);
            assertThat(e.getAction()).isEqualTo("StopRtcAsrTask");
            assertThat(e.getRequestId()).isNotBlank();
        });
    }

    @ParameterizedTest(name = "synchronous={0}")
    @ValueSource(booleans = { true, false })
    void aDeleteWhoseReplyWasLostIsDoneWhenTheRetryFindsNoTask(boolean synchronous) {
        String taskId = create("sync-delete-" + synchronous, synchronous);
        SIM.simulator().faults().inject("DeleteRtcAsrTask", Fault.dropConnectionAfterExecute(), 1);

        Exchange deleted = camel.template().request("alilive:deleteRtcAsrTask?" + options(synchronous),
                e -> e.getMessage().setHeader(AliliveConstants.TASK_ID, taskId));

        assertThat(deleted.getException()).isNull();
        assertThat(deleted.getMessage().getHeader(AliliveConstants.TASK_ID)).isEqualTo(taskId);
        assertThat(SIM.simulator().faults().pending()).isZero();
        assertThat(SIM.simulator().rtcAsrTasks().list()).isEmpty();
    }
}
