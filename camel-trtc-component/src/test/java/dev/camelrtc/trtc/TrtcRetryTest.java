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
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelrtc.simulator.Fault;
import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.support.call.CloudApiException;
import dev.camelrtc.support.testing.CamelContexts;
import dev.camelrtc.trtc.model.AsrParam;
import dev.camelrtc.trtc.model.CreateCloudTranscriptionRequest;
import dev.camelrtc.trtc.model.StartAITranscriptionRequest;
import dev.camelrtc.trtc.model.StartAITranscriptionResponse;
import dev.camelrtc.trtc.model.TranscriptionParam;
import dev.camelrtc.trtc.model.TranscriptionParams;

import static dev.camelrtc.trtc.SimulatedTrtc.SECRET_ID;
import static dev.camelrtc.trtc.SimulatedTrtc.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

/** Retries that are safe, against faults the simulator injects: no duplicate task, no lost reply. */
class TrtcRetryTest {


    @RegisterExtension
    static final RtcSimulatorExtension SIM = SimulatedTrtc.simulator(Duration.ofSeconds(30));

    @RegisterExtension
    final CamelContexts camel = CamelContexts.eachTest("trtc", () -> {
        TrtcComponent trtc = SimulatedTrtc.component(SIM, 1400000099L);
        trtc.getConfiguration().setRetryInitialDelay(20);
        return trtc;
    }, null);

    @AfterEach
    void resetSimulator() {
        SIM.simulator().reset();
    }

    private static StartAITranscriptionRequest transcription(String room) {
        return new StartAITranscriptionRequest().withRoomId(room)
                .withTranscriptionParams(new TranscriptionParams().withUserId("bot").withUserSig("sig")
                        .withMaxIdleTime(3600L));
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

    @Test
    void readsAreRetriedThroughGatewayErrorsAndInternalErrors() {
        SIM.simulator().faults().inject("DescribeAITranscription", Fault.httpStatus(502), 1);
        SIM.simulator().faults().inject("DescribeAITranscription", Fault.error("InternalError", "busy"), 1);
        String taskId = camel.template().requestBody("trtc:startAITranscription", transcription("retry-read"),
                StartAITranscriptionResponse.class).getTaskId();

        Exchange described = camel.template().request("trtc:describeAITranscription",
                e -> e.getMessage().setHeader(TrtcConstants.TASK_ID, taskId));

        assertThat(described.getException()).isNull();
        assertThat(described.getMessage().getHeader(TrtcConstants.STATUS)).isNotNull();
        assertThat(SIM.simulator().faults().pending()).isZero();
    }

    @Test
    void aStartWhoseReplyWasLostIsRetriedAndFindsTheTaskItCreatedInsteadOfASecondOne() {
        SIM.simulator().faults().inject("StartAITranscription", Fault.dropConnectionAfterExecute(), 1);

        Exchange started = camel.template().request("trtc:startAITranscription",
                e -> e.getMessage().setBody(transcription("retry-start")));

        assertThat(started.getException()).isNull();
        String taskId = started.getMessage().getHeader(TrtcConstants.TASK_ID, String.class);
        assertThat(taskId).isNotBlank();
        assertThat(tasksInRoom("retry-start")).isEqualTo(1);
        assertThat(SIM.simulator().tasksAsJson().toString()).contains(taskId);
    }

    @Test
    void aStopWhoseReplyWasLostIsDoneWhenTheRetryFindsNoTask() {
        String taskId = camel.template().requestBody("trtc:startAITranscription", transcription("retry-stop"),
                StartAITranscriptionResponse.class).getTaskId();
        SIM.simulator().faults().inject("StopAITranscription", Fault.dropConnectionAfterExecute(), 1);

        Exchange stopped = camel.template().request("trtc:stopAITranscription",
                e -> e.getMessage().setHeader(TrtcConstants.TASK_ID, taskId));

        assertThat(stopped.getException()).isNull();
        assertThat(stopped.getMessage().getHeader(TrtcConstants.REQUEST_ID)).isNotNull();
    }

    @Test
    void aRetryAfterAThrottledAttemptTakesTaskNotExistAsTheTruth() {
        // the first attempt provably did nothing, so TaskNotExist is not the echo of an earlier stop
        SIM.simulator().faults().inject("StopAITranscription", Fault.error("RequestLimitExceeded", "slow down"), 1);

        Exchange stopped = camel.template().request("trtc:stopAITranscription?taskId=no-such-task", e -> { });

        assertThat(stopped.getException()).isInstanceOfSatisfying(TrtcException.class,
                e -> assertThat(e.getCode()).isEqualTo("FailedOperation.TaskNotExist"));
        assertThat(SIM.simulator().faults().pending()).isZero();
    }

    @Test
    void aCreateWithoutDeduplicationKeyIsNotRepeatedAfterAnUncertainFailure() {
        SIM.simulator().faults().inject("CreateCloudTranscription", Fault.dropConnectionAfterExecute(), 1);
        CreateCloudTranscriptionRequest request = new CreateCloudTranscriptionRequest().withRoomId("retry-create")
                .withRoomIdType(1L).withTranscriptionParam(new TranscriptionParam().withUserId("robot").withUserSig("s"))
                .withAsrParam(new AsrParam().withLang("bigmodel-zh"));

        Exchange created = camel.template().request("trtc:createCloudTranscription", e -> e.getMessage().setBody(request));

        assertThat(created.getException()).isInstanceOfSatisfying(TrtcException.class,
                e -> assertThat(e.isNetworkError()).isTrue());
        assertThat(tasksInRoom("retry-create")).isEqualTo(1);
    }

    @Test
    void aThrottledCreateIsRetriedBecauseTheCloudRefusedIt() {
        SIM.simulator().faults().inject("CreateCloudTranscription",
                Fault.error("RequestLimitExceeded", "too many requests"), 2);
        CreateCloudTranscriptionRequest request = new CreateCloudTranscriptionRequest().withRoomId("retry-throttled")
                .withRoomIdType(1L).withTranscriptionParam(new TranscriptionParam().withUserId("robot").withUserSig("s"))
                .withAsrParam(new AsrParam().withLang("bigmodel-zh"));

        Exchange created = camel.template().request("trtc:createCloudTranscription", e -> e.getMessage().setBody(request));

        assertThat(created.getException()).isNull();
        assertThat(tasksInRoom("retry-throttled")).isEqualTo(1);
    }

    @Test
    void aControlCommandIsNotRepeatedAfterAGatewayError() {
        SIM.simulator().faults().inject("ControlAIConversation", Fault.httpStatusAfterExecute(502), 2);

        Exchange controlled = camel.template().request("trtc:controlAIConversation?taskId=t-control", e -> e.getMessage()
                .setBody(Map.of("Command", "ServerPushText", "ServerPushText", Map.of("Text", "hello"))));

        assertThat(controlled.getException()).isInstanceOf(TrtcException.class);
        assertThat(SIM.simulator().faults().pending()).as("one fault left: no second attempt").isEqualTo(1);
    }

    @Test
    void aSaturatedRateLimitFailsWithoutSendingNamingTheActionAndItsLimit() throws Exception {
        camel.context().getComponent("trtc", TrtcComponent.class);
        CamelContext limited = new DefaultCamelContext();
        TrtcComponent trtc = new TrtcComponent();
        trtc.getConfiguration().setSecretId(SECRET_ID);
        trtc.getConfiguration().setSecretKey(SECRET_KEY);
        trtc.getConfiguration().setRegion("ap-guangzhou");
        trtc.getConfiguration().setEndpoint(SIM.simulator().baseUrl());
        trtc.setRateLimits("DescribeAIConversation=2");
        limited.addComponent("trtc", trtc);
        limited.start();
        try {
            ProducerTemplate producer = limited.createProducerTemplate();
            List<Exchange> replies = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                replies.add(producer.request("trtc:describeAIConversation?taskId=t-none&rateLimitMaxWait=100",
                        e -> { }));
            }

            assertThat(replies.get(0).getException()).isInstanceOf(TrtcException.class)
                    .hasFieldOrPropertyWithValue("code", "FailedOperation.TaskNotExist");
            assertThat(replies.get(2).getException()).isInstanceOfSatisfying(TrtcException.class, e -> {
                assertThat(e.getCode()).isEqualTo(CloudApiException.RATE_LIMITED);
                assertThat(e.getMessage()).contains("DescribeAIConversation", "2 calls per second", "not sent");
            });
        } finally {
            limited.stop();
        }
    }
}
