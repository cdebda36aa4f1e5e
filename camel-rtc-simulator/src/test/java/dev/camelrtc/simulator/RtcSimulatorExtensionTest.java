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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RtcSimulatorExtensionTest {

    @RegisterExtension
    static final RtcSimulatorExtension SIM = RtcSimulatorExtension.builder().timings(SimulatorTimings.fast()).build();

    @Test
    @Order(1)
    void resolvesTheRunningSimulatorAndLeavesAFault(RtcSimulator sim) throws Exception {
        assertThat(sim).isSameAs(SIM.simulator());
        assertThat(sim.baseUrl()).isEqualTo("http://127.0.0.1:" + sim.port());
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/_sim/health"))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        sim.faults().inject("*", Fault.httpStatus(500), 3);
        assertThat(sim.faults().pending()).isEqualTo(3);
    }

    @Test
    @Order(2)
    void faultsAreClearedBetweenTests(RtcSimulator sim) {
        assertThat(sim.faults().pending()).isZero();
        assertThat(sim.timings().inProgressAfter()).isEqualTo(SimulatorTimings.fast().inProgressAfter());
    }
}
