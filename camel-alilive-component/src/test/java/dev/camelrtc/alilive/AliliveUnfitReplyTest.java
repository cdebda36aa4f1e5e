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

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelrtc.simulator.Fault;
import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.support.call.CloudApiException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reply that does not fit the operation's model (the simulator's unfitReply fault), through the whole producer
 * (asynchronous and synchronous): an invalid response, sent once although retries are allowed.
 */
class AliliveUnfitReplyTest {

    private static final int INJECTED = 5;

    @RegisterExtension
    static final RtcSimulatorExtension SIM = SimulatedAlilive.simulator();

    private CamelContext context;

    @BeforeEach
    void start() {
        context = new DefaultCamelContext();
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
        SIM.simulator().faults().clear();
    }

    @Test
    void queryAnsweredWithAReplyNotFittingItsModelFailsOnce() {
        for (boolean synchronous : new boolean[] { false, true }) {
            SIM.simulator().faults().clear();
            SIM.simulator().faults().inject("QueryRtcAsrTasks", Fault.unfitReply(), INJECTED);
            Exchange exchange = context.createProducerTemplate().send("alilive:queryRtcAsrTasks?accessKey="
                    + SimulatedAlilive.KEY_ID + "&secretKey=" + SimulatedAlilive.KEY_SECRET
                    + "&retryAttempts=3&synchronous=" + synchronous + "&endpoint=" + SIM.simulator().baseUrl(), e -> {
                    });

            AliliveException e = exchange.getException(AliliveException.class);
            int sent = INJECTED - SIM.simulator().faults().pending();
            System.out.printf("unfit reply (synchronous=%s): %d request(s) sent, failed with %s%n", synchronous, sent,
                    e == null ? "nothing" : e.getCode());
            assertThat(e).isNotNull();
            assertThat(e.getCode()).isEqualTo(CloudApiException.INVALID_RESPONSE);
            assertThat(e.getErrorMessage()).startsWith("the response does not match QueryRtcAsrTasksResponse: ")
                    .contains("RequestId");
            assertThat(e.isUnfitReply()).isTrue();
            assertThat(e.getRequestId()).as("the reply's RequestId is not a text").isNull();
            assertThat(e.getAction()).isEqualTo("QueryRtcAsrTasks");
            assertThat(sent).as("an answer that does not fit is not asked again").isEqualTo(1);
            assertThat(exchange.getMessage().getHeader(AliliveConstants.REQUEST_ID)).isNull();
        }
    }
}
