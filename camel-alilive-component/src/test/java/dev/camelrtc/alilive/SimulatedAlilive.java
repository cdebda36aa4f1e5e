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

import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.simulator.SimulatorTimings;

/** AliliveComponents set up as the tests against the simulator use them. */
final class SimulatedAlilive {

    /** The AccessKey the simulator of {@link #simulator()} accepts; no test may find its secret in what it checks. */
    static final String KEY_ID = "LTAIsimulatedtest0001";
    static final String KEY_SECRET = "simulatedTestSecret-never-printed";

    private SimulatedAlilive() {
    }

    /** The simulator of one test class: it accepts {@link #KEY_ID}, with fast timings. */
    static RtcSimulatorExtension simulator() {
        return RtcSimulatorExtension.builder().aliyunKey(KEY_ID, KEY_SECRET).timings(SimulatorTimings.fast()).build();
    }

    /** A new component calling the simulator of {@code sim} with {@link #KEY_ID}. */
    static AliliveComponent component(RtcSimulatorExtension sim) {
        return component(sim.simulator().baseUrl(), KEY_ID, KEY_SECRET);
    }

    /** A new component calling {@code endpoint} with this AccessKey. */
    static AliliveComponent component(String endpoint, String accessKey, String secretKey) {
        AliliveComponent alilive = new AliliveComponent();
        alilive.getConfiguration().setAccessKey(accessKey);
        alilive.getConfiguration().setSecretKey(secretKey);
        alilive.getConfiguration().setEndpoint(endpoint);
        return alilive;
    }
}
