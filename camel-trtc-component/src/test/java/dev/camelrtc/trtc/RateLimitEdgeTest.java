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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.simulator.SimulatorTimings;
import dev.camelrtc.support.testing.CamelContexts;
import dev.camelrtc.trtc.model.StartAITranscriptionRequest;
import dev.camelrtc.trtc.model.StartAITranscriptionResponse;
import dev.camelrtc.trtc.model.TranscriptionParams;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component never draws the cloud's throttling by itself, even at the limit's edge: 1,000 calls at once, each
 * allowed one attempt (a throttled call would fail, not be retried), against the simulator enforcing 50 calls per
 * second. The calls queue for the HTTP client's connections and the simulator's threads after their permit; the
 * limiter's lanes rest from each call's completion, so that queueing cannot crowd more than 50 into a second.
 */
class RateLimitEdgeTest {

    private static final String SECRET_ID = "AKIDratelimitedge000000000000000";
    private static final String SECRET_KEY = "rateLimitEdgeKey0000000000000000";
    private static final int CALLS = 1000;

    @RegisterExtension
    static final RtcSimulatorExtension SIM = RtcSimulatorExtension.builder()
            .tencentKey(SECRET_ID, SECRET_KEY).timings(SimulatorTimings.defaults())
            .qpsLimit("StartAITranscription", 50).qpsLimit("DescribeAITranscription", 50)
            .build();

    @RegisterExtension
    final CamelContexts camel = CamelContexts.eachTest("trtc", () -> {
        TrtcComponent trtc = SimulatedTrtc.component(SIM.simulator().baseUrl(), SECRET_ID, SECRET_KEY, 1400000777L);
        trtc.getConfiguration().setRetryAttempts(1);
        trtc.getConfiguration().setRateLimitMaxWait(120_000);
        trtc.setRateLimits("StartAITranscription=50,DescribeAITranscription=50");
        return trtc;
    }, null);

    @Test
    void aThousandStartsAtOnceDrawNoThrottling() throws Exception {
        List<CompletableFuture<Exchange>> calls = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            StartAITranscriptionRequest request = new StartAITranscriptionRequest().withRoomId("edge-" + i)
                    .withTranscriptionParams(new TranscriptionParams().withUserId("bot").withUserSig("sig"));
            calls.add(camel.template().asyncSend("trtc:startAITranscription", e -> e.getMessage().setBody(request)));
        }
        assertNoneThrottled("startAITranscription", calls);
    }

    @Test
    void aThousandDescribesAtOnceDrawNoThrottling() throws Exception {
        String taskId = camel.template().requestBody("trtc:startAITranscription", new StartAITranscriptionRequest()
                .withRoomId("edge-describe").withTranscriptionParams(new TranscriptionParams().withUserId("bot")
                        .withUserSig("sig").withMaxIdleTime(3600L)), StartAITranscriptionResponse.class).getTaskId();
        List<CompletableFuture<Exchange>> calls = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            calls.add(camel.template().asyncSend("trtc:describeAITranscription",
                    e -> e.getMessage().setHeader(TrtcConstants.TASK_ID, taskId)));
        }
        assertNoneThrottled("describeAITranscription", calls);
    }

    private static void assertNoneThrottled(String operation, List<CompletableFuture<Exchange>> calls)
            throws Exception {
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
        List<Exception> failures = calls.stream().map(CompletableFuture::join).map(Exchange::getException)
                .filter(e -> e != null).toList();
        long throttled = failures.stream().filter(e -> e instanceof TrtcException t
                && t.getCode().startsWith("RequestLimitExceeded")).count();
        System.out.printf("rate limit: %d calls, %d throttled (%s)%n", calls.size(), throttled, operation);
        assertThat(throttled).isZero();
        assertThat(failures).as("no call failed at all").isEmpty();
    }
}
