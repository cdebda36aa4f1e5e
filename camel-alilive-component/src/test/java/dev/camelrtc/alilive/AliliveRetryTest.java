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
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelrtc.alilive.model.CreateRtcAsrTaskRequest;
import dev.camelrtc.alilive.model.CreateRtcAsrTaskResponse;
import dev.camelrtc.simulator.Fault;
import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.simulator.aliyun.RtcAsrTasks;
import dev.camelrtc.support.call.CloudApiException;
import dev.camelrtc.support.testing.CamelContexts;

import static dev.camelrtc.alilive.SimulatedAlilive.KEY_ID;
import static dev.camelrtc.alilive.SimulatedAlilive.KEY_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Retries that are safe, against faults the simulator injects: no duplicate task, no lost reply. */
class AliliveRetryTest {


    @RegisterExtension
    static final RtcSimulatorExtension SIM = SimulatedAlilive.simulator();

    @RegisterExtension
    final CamelContexts camel = CamelContexts.eachTest("alilive", () -> component(null), null);

    @AfterEach
    void resetSimulator() {
        SIM.simulator().reset();
    }

    private static AliliveComponent component(String rateLimits) {
        AliliveComponent alilive = SimulatedAlilive.component(SIM);
        alilive.getConfiguration().setRetryInitialDelay(20);
        alilive.setRateLimits(rateLimits);
        return alilive;
    }

    private static CreateRtcAsrTaskRequest live(String stream) {
        return new CreateRtcAsrTaskRequest().withMode("live").withStreamUrl("rtmp://example.com/app/" + stream)
                .withLanguage("cn").withCallbackUrl("http://127.0.0.1:9/cb");
    }

    private String create(String stream) {
        return camel.template().requestBody("alilive:createRtcAsrTask", live(stream), CreateRtcAsrTaskResponse.class)
                .getTaskId();
    }

    private static List<RtcAsrTasks.TaskView> tasks() {
        return SIM.simulator().rtcAsrTasks().list();
    }

    @Test
    void readsAreRetriedThroughGatewayErrorsAndInternalErrors() {
        String taskId = create("retry-read");
        SIM.simulator().faults().inject("QueryRtcAsrTasks", Fault.httpStatus(502), 1);
        SIM.simulator().faults().inject("QueryRtcAsrTasks", Fault.error("InternalError", "busy"), 1);

        Exchange queried = camel.template().request("alilive:queryRtcAsrTasks",
                e -> e.getMessage().setHeader(AliliveConstants.TASK_ID, taskId));

        assertThat(queried.getException()).isNull();
        assertThat(queried.getMessage().getHeader(AliliveConstants.STATUS)).isNotNull();
        assertThat(SIM.simulator().faults().pending()).isZero();
    }

    @Test
    void aStopWhoseReplyWasLostIsRetriedAndDone() {
        String taskId = create("retry-stop");
        SIM.simulator().faults().inject("StopRtcAsrTask", Fault.dropConnectionAfterExecute(), 1);

        Exchange stopped = camel.template().request("alilive:stopRtcAsrTask",
                e -> e.getMessage().setHeader(AliliveConstants.TASK_ID, taskId));

        assertThat(stopped.getException()).isNull();
        assertThat(stopped.getMessage().getHeader(AliliveConstants.REQUEST_ID)).isNotNull();
        assertThat(SIM.simulator().faults().pending()).isZero();
        assertThat(tasks()).singleElement().satisfies(t -> assertThat(t.status()).isEqualTo(2));
    }

    @Test
    void aDeleteWhoseReplyWasLostIsDoneWhenTheRetryFindsNoTask() {
        String taskId = create("retry-delete");
        SIM.simulator().faults().inject("DeleteRtcAsrTask", Fault.dropConnectionAfterExecute(), 1);

        Exchange deleted = camel.template().request("alilive:deleteRtcAsrTask",
                e -> e.getMessage().setHeader(AliliveConstants.TASK_ID, taskId));

        assertThat(deleted.getException()).isNull();
        assertThat(deleted.getMessage().getHeader(AliliveConstants.TASK_ID)).isEqualTo(taskId);
        assertThat(deleted.getMessage().getHeader(AliliveConstants.REQUEST_ID)).isNotNull();
        assertThat(tasks()).isEmpty();
    }

    @Test
    void configNotFoundAfterOnlyRefusedAttemptsIsStillAnError() {
        // throttling proves the first attempt did nothing: ConfigNotFound on the retry means the task never existed
        SIM.simulator().faults().inject("DeleteRtcAsrTask", Fault.error("Throttling.User", "slow down"), 1);

        Exchange deleted = camel.template().request("alilive:deleteRtcAsrTask?taskId=asr-never-existed", e -> { });

        assertThat(deleted.getException()).isInstanceOfSatisfying(AliliveException.class,
                e -> assertThat(e.getCode()).isEqualTo("ConfigNotFound"));
        assertThat(SIM.simulator().faults().pending()).isZero();
    }

    @Test
    void aCreateWithoutDeduplicationKeyIsNotRepeatedAfterAnUncertainFailure() {
        SIM.simulator().faults().inject("CreateRtcAsrTask", Fault.dropConnectionAfterExecute(), 1);

        Exchange created = camel.template().request("alilive:createRtcAsrTask",
                e -> e.getMessage().setBody(live("lost")));

        assertThat(created.getException()).isInstanceOfSatisfying(AliliveException.class,
                e -> assertThat(e.isNetworkError()).isTrue());
        assertThat(tasks()).hasSize(1);
    }

    @Test
    void aCreateIsNotRepeatedAfterAGatewayError() {
        SIM.simulator().faults().inject("CreateRtcAsrTask", Fault.httpStatus(502), 2);

        Exchange created = camel.template().request("alilive:createRtcAsrTask",
                e -> e.getMessage().setBody(live("gw")));

        assertThat(created.getException()).isInstanceOfSatisfying(AliliveException.class,
                e -> assertThat(e.getHttpStatus()).isEqualTo(502));
        assertThat(SIM.simulator().faults().pending()).as("one fault left: no second attempt").isEqualTo(1);
    }

    @Test
    void aThrottledCreateIsRetriedBecauseTheCloudRefusedIt() {
        SIM.simulator().faults().inject("CreateRtcAsrTask", Fault.error("Throttling.User", "too many requests"), 2);

        Exchange created = camel.template().request("alilive:createRtcAsrTask",
                e -> e.getMessage().setBody(live("throttled")));

        assertThat(created.getException()).isNull();
        assertThat(SIM.simulator().faults().pending()).isZero();
        assertThat(tasks()).singleElement().satisfies(t -> assertThat(t.taskId())
                .isEqualTo(created.getMessage().getHeader(AliliveConstants.TASK_ID)));
    }

    @Test
    void aSaturatedRateLimitFailsWithoutSendingNamingTheActionAndItsLimit() throws Exception {
        CamelContext limited = camel.start("alilive", component("QueryRtcAsrTasks=2"), null);
        try {
            ProducerTemplate producer = limited.createProducerTemplate();
            List<Exchange> replies = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                replies.add(producer.request("alilive:queryRtcAsrTasks?rateLimitMaxWait=100", e -> { }));
            }
            // a refused call never reaches the simulator, so it cannot take this fault
            SIM.simulator().faults().inject("QueryRtcAsrTasks", Fault.error("InternalError", "would be sent"), 1);
            replies.add(producer.request("alilive:queryRtcAsrTasks?rateLimitMaxWait=100&retryAttempts=1", e -> { }));

            assertThat(replies.get(0).getException()).isNull();
            assertThat(replies.get(1).getException()).isNull();
            assertThat(replies.get(2).getException()).isInstanceOfSatisfying(AliliveException.class, e -> {
                assertThat(e.getCode()).isEqualTo(CloudApiException.RATE_LIMITED);
                assertThat(e.getMessage()).contains("QueryRtcAsrTasks", "2 calls per second", "not sent");
                assertThat(e.getMessage()).doesNotContain(KEY_SECRET);
            });
            assertThat(SIM.simulator().faults().pending()).isEqualTo(1);
        } finally {
            limited.stop();
        }
    }

    @Test
    void producersAndConsumersShareOneLimiterPerActionAndAccessKey() throws Exception {
        CamelContext limited = camel.start("alilive", component("QueryRtcAsrTasks=1"), null);
        try {
            limited.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("alilive:queryRtcAsrTasks?delay=100").routeId("follow").to("log:never");
                }
            });
            AliliveComponent component = limited.getComponent("alilive", AliliveComponent.class);
            await().atMost(Duration.ofSeconds(5)).until(() -> !component
                    .rateLimiter(KEY_ID, "QueryRtcAsrTasks", AliliveOperations.DOCUMENTED_QPS).currentWait().isZero());

            // the producer's very first call finds the slot taken by the consumer
            Exchange first = limited.createProducerTemplate()
                    .request("alilive:queryRtcAsrTasks?rateLimitMaxWait=0&retryAttempts=1", e -> { });

            assertThat(first.getException()).isInstanceOfSatisfying(AliliveException.class,
                    e -> assertThat(e.getCode()).isEqualTo(CloudApiException.RATE_LIMITED));
        } finally {
            limited.stop();
        }
    }
}
