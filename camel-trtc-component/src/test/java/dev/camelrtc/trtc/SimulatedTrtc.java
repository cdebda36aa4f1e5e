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

import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.simulator.SimulatorTimings;

/** TrtcComponents set up as the tests against the simulator use them. */
final class SimulatedTrtc {

    /** The key the simulator of {@link #simulator()} accepts; no test may find its SecretKey in what it checks. */
    static final String SECRET_ID = "AKIDsimulatedtest00000000000000000";
    static final String SECRET_KEY = "simulatedTestSecretKey0000000000";

    private SimulatedTrtc() {
    }

    /** The simulator of one test class: it accepts {@link #SECRET_ID}, with fast timings. */
    static RtcSimulatorExtension simulator() {
        return simulator(SimulatorTimings.fast());
    }

    /** {@link #simulator()}, where a stopped task stays visible for {@code stoppedGrace}. */
    static RtcSimulatorExtension simulator(Duration stoppedGrace) {
        return simulator(SimulatorTimings.fast().withStoppedGrace(stoppedGrace));
    }

    private static RtcSimulatorExtension simulator(SimulatorTimings timings) {
        return RtcSimulatorExtension.builder().tencentKey(SECRET_ID, SECRET_KEY).timings(timings).build();
    }

    /** A new component in ap-guangzhou calling the simulator of {@code sim} with {@link #SECRET_ID}. */
    static TrtcComponent component(RtcSimulatorExtension sim, long sdkAppId) {
        return component(sim.simulator().baseUrl(), SECRET_ID, SECRET_KEY, sdkAppId);
    }

    /** A new component in ap-guangzhou calling {@code endpoint} with this key for this application. */
    static TrtcComponent component(String endpoint, String secretId, String secretKey, long sdkAppId) {
        return configure(new TrtcComponent(), endpoint, secretId, secretKey, sdkAppId);
    }

    /** Sets the region, endpoint, key and application of {@code trtc}. */
    static TrtcComponent configure(TrtcComponent trtc, String endpoint, String secretId, String secretKey,
                                   long sdkAppId) {
        TrtcConfiguration configuration = trtc.getConfiguration();
        configuration.setSecretId(secretId);
        configuration.setSecretKey(secretKey);
        configuration.setRegion("ap-guangzhou");
        configuration.setEndpoint(endpoint);
        configuration.setSdkAppId(sdkAppId);
        return trtc;
    }
}
