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
package dev.camelrtc.examples.quarkus;

import java.time.Duration;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import dev.camelrtc.simulator.RtcSimulator;
import dev.camelrtc.simulator.SimulatorTimings;

/**
 * Starts the simulator on a free port before the Quarkus application and hands its address and credentials to the
 * application as configuration: the components get them from {@code camel.component.*} properties exactly as from
 * application.properties, no test code touches them. The simulator accepts only the keys given here (demo keys off),
 * so a call that succeeds proves the configured credentials were used.
 */
public class SimulatorTestResource implements QuarkusTestResourceLifecycleManager {

    static final String TENCENT_SECRET_ID = "AKIDquarkusapptest00000000000000000";
    static final String TENCENT_SECRET_KEY = "quarkusAppTestSecretKey000000000";
    static final String ALIYUN_ACCESS_KEY = "LTAIquarkusapptest000000";
    static final String ALIYUN_SECRET = "quarkusAppTestAccessKeySecret000";

    private RtcSimulator simulator;

    @Override
    public Map<String, String> start() {
        simulator = RtcSimulator.builder().port(0).demoKeys(false)
                .tencentKey(TENCENT_SECRET_ID, TENCENT_SECRET_KEY)
                .aliyunKey(ALIYUN_ACCESS_KEY, ALIYUN_SECRET)
                // fast task state machines; a stopped task stays visible long enough to be seen as Stopped
                .timings(SimulatorTimings.fast().withStoppedGrace(Duration.ofSeconds(30)))
                .build().start();
        String url = simulator.baseUrl();
        return Map.of(
                "simulator.base-url", url,
                "camel.component.trtc.endpoint", url,
                "camel.component.trtc.secret-id", TENCENT_SECRET_ID,
                "camel.component.trtc.secret-key", TENCENT_SECRET_KEY,
                "camel.component.alilive.endpoint", url,
                "camel.component.alilive.access-key", ALIYUN_ACCESS_KEY,
                "camel.component.alilive.secret-key", ALIYUN_SECRET);
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
