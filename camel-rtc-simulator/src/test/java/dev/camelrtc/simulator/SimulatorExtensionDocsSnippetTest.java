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
package dev.camelrtc.simulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The JUnit 5 extension snippet of docs/simulator.adoc, as a test of its own. */
class SimulatorExtensionDocsSnippetTest {

    // tag::junit-extension[]
    @RegisterExtension
    static final RtcSimulatorExtension SIM = RtcSimulatorExtension.builder()
            .tencentKey("AKIDtest", "testSecret")
            .timings(SimulatorTimings.fast())
            .build();

    @Test
    void talksToTheSimulator(RtcSimulator sim) {              // the simulator is also injected as a parameter
        String endpoint = SIM.simulator().baseUrl();          // the components' endpoint option
        assertThat(sim.baseUrl()).isEqualTo(endpoint);
    }
    // end::junit-extension[]
}
