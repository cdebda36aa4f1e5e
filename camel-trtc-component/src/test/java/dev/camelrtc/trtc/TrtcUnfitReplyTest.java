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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelrtc.simulator.Fault;
import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.support.testing.CamelContexts;
import dev.camelrtc.support.testing.UnfitReplyScenarios;

/**
 * A reply whose Response does not fit the operation's model, through the whole producer: support's
 * {@link UnfitReplyScenarios}.
 */
class TrtcUnfitReplyTest {

    private static final String ACTION = "DescribeAITranscription";

    @RegisterExtension
    static final RtcSimulatorExtension SIM = SimulatedTrtc.simulator();

    @RegisterExtension
    final CamelContexts camel = CamelContexts.eachTest();

    private final UnfitReplyScenarios scenarios = new UnfitReplyScenarios(ACTION, TrtcException.class,
            TrtcConstants.REQUEST_ID, count -> {
                SIM.simulator().faults().clear();
                SIM.simulator().faults().inject(ACTION, Fault.unfitReply(), count);
            }, () -> SIM.simulator().faults().pending());

    @Test
    void describeAnsweredWithAReplyNotFittingItsModelFailsOnce() {
        scenarios.failsOnceAlthoughRetriesAreAllowed(camel.template(), "trtc:describeAITranscription?secretId="
                + SimulatedTrtc.SECRET_ID + "&secretKey=" + SimulatedTrtc.SECRET_KEY + "&region=ap-guangzhou&taskId=t-1"
                + "&endpoint=" + SIM.simulator().baseUrl());
    }
}
