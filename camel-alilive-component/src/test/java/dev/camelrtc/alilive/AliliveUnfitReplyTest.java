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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelrtc.simulator.Fault;
import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.support.testing.CamelContexts;
import dev.camelrtc.support.testing.UnfitReplyScenarios;

/**
 * A reply that does not fit the operation's model, through the whole producer: support's {@link UnfitReplyScenarios}.
 */
class AliliveUnfitReplyTest {

    private static final String ACTION = "QueryRtcAsrTasks";

    @RegisterExtension
    static final RtcSimulatorExtension SIM = SimulatedAlilive.simulator();

    @RegisterExtension
    final CamelContexts camel = CamelContexts.eachTest();

    private final UnfitReplyScenarios scenarios = new UnfitReplyScenarios(ACTION, AliliveException.class,
            AliliveConstants.REQUEST_ID, count -> {
                SIM.simulator().faults().clear();
                SIM.simulator().faults().inject(ACTION, Fault.unfitReply(), count);
            }, () -> SIM.simulator().faults().pending());

    @Test
    void queryAnsweredWithAReplyNotFittingItsModelFailsOnce() {
        scenarios.failsOnceAlthoughRetriesAreAllowed(camel.template(), "alilive:queryRtcAsrTasks?accessKey="
                + SimulatedAlilive.KEY_ID + "&secretKey=" + SimulatedAlilive.KEY_SECRET + "&endpoint="
                + SIM.simulator().baseUrl());
    }
}
