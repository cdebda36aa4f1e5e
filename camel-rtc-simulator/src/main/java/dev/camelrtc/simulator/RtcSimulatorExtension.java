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

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that runs one {@link RtcSimulator} per test class.
 *
 * <pre>{@code
 * @RegisterExtension
 * static RtcSimulatorExtension SIM = RtcSimulatorExtension.builder().timings(SimulatorTimings.fast()).build();
 *
 * @Test void works(RtcSimulator sim) { ... SIM.simulator().baseUrl() ... }
 * }</pre>
 * or {@code @ExtendWith(RtcSimulatorExtension.class)} with defaults. Started before all tests, closed after all.
 * Before each test the pending <b>faults are cleared</b> (callback faults too); tasks, QPS windows and nonces are kept (call
 * {@link RtcSimulator#reset()} yourself when a test needs a clean slate). Resolves {@link RtcSimulator} parameters.
 */
public final class RtcSimulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        ParameterResolver {

    private final Consumer<RtcSimulator.Builder> configuration;
    private RtcSimulator simulator;
    private int users;

    /** Defaults: free port, demo keys, default timings, QPS limits on. */
    public RtcSimulatorExtension() {
        this(b -> { });
    }

    private RtcSimulatorExtension(Consumer<RtcSimulator.Builder> configuration) {
        this.configuration = configuration;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The running simulator (inside tests and lifecycle methods). */
    public RtcSimulator simulator() {
        if (simulator == null) {
            throw new IllegalStateException("the simulator runs only while the test class runs");
        }
        return simulator;
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (users++ == 0) {
            RtcSimulator.Builder b = RtcSimulator.builder();
            configuration.accept(b);
            simulator = b.build().start();
        }
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (--users == 0 && simulator != null) {
            simulator.close();
            simulator = null;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        simulator().faults().clear();
        simulator().callbacks().faults().clear();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == RtcSimulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return simulator();
    }

    /** Same settings as {@link RtcSimulator.Builder}. */
    public static final class Builder {
        private Consumer<RtcSimulator.Builder> configuration = b -> { };

        private Builder() {
        }

        private Builder with(Consumer<RtcSimulator.Builder> step) {
            configuration = configuration.andThen(step);
            return this;
        }

        public Builder port(int port) {
            return with(b -> b.port(port));
        }

        public Builder tencentKey(String secretId, String secretKey) {
            return with(b -> b.tencentKey(secretId, secretKey));
        }

        public Builder aliyunKey(String accessKeyId, String accessKeySecret) {
            return with(b -> b.aliyunKey(accessKeyId, accessKeySecret));
        }

        public Builder demoKeys(boolean enabled) {
            return with(b -> b.demoKeys(enabled));
        }

        public Builder timings(SimulatorTimings timings) {
            return with(b -> b.timings(timings));
        }

        public Builder enforceQps(boolean enforce) {
            return with(b -> b.enforceQps(enforce));
        }

        public Builder qpsLimit(String action, int perSecond) {
            return with(b -> b.qpsLimit(action, perSecond));
        }

        public Builder callbackUrl(String url, String key) {
            return with(b -> b.callbackUrl(url, key));
        }

        public Builder clock(Clock clock) {
            return with(b -> b.clock(clock));
        }

        public Builder aliyunCallbacks(boolean enabled) {
            return with(b -> b.aliyunCallbacks(enabled));
        }

        public Builder dialogue(Dialogue dialogue) {
            return with(b -> b.dialogue(dialogue));
        }

        public Builder script(Path script) {
            Dialogue dialogue = Dialogue.read(script);
            return with(b -> b.dialogue(dialogue));
        }

        public RtcSimulatorExtension build() {
            return new RtcSimulatorExtension(configuration);
        }
    }
}
