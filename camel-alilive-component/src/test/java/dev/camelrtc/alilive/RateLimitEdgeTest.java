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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.camelrtc.simulator.RtcSimulator;
import dev.camelrtc.simulator.SimulatorTimings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Alibaba side of the rate limit's edge: 1,000 QueryRtcAsrTasks at once, one attempt each, against the simulator
 * enforcing 50 calls per second (Throttling.User beyond): none is throttled.
 */
class RateLimitEdgeTest {

    private static final String KEY_ID = "LTAIratelimitedge01";
    private static final String KEY_SECRET = "rateLimitEdgeSecret-0001";

    private RtcSimulator simulator;
    private CamelContext context;
    private ProducerTemplate template;

    @BeforeEach
    void start() {
        simulator = RtcSimulator.builder().port(0).aliyunKey(KEY_ID, KEY_SECRET).timings(SimulatorTimings.fast())
                .qpsLimit("QueryRtcAsrTasks", 50).build().start();
        context = new DefaultCamelContext();
        AliliveComponent component = context.getComponent("alilive", AliliveComponent.class);
        component.getConfiguration().setAccessKey(KEY_ID);
        component.getConfiguration().setSecretKey(KEY_SECRET);
        component.getConfiguration().setEndpoint(simulator.baseUrl());
        component.getConfiguration().setRetryAttempts(1);
        component.getConfiguration().setRateLimitMaxWait(120_000);
        component.setRateLimits("QueryRtcAsrTasks=50");
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        context.stop();
        simulator.close();
    }

    @Test
    void aThousandQueriesAtOnceDrawNoThrottling() throws Exception {
        List<CompletableFuture<Exchange>> calls = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            calls.add(template.asyncSend("alilive:queryRtcAsrTasks", e -> { }));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
        List<Exception> failures = calls.stream().map(CompletableFuture::join).map(Exchange::getException)
                .filter(e -> e != null).toList();
        long throttled = failures.stream().filter(e -> e instanceof AliliveException a
                && a.getCode().startsWith("Throttling")).count();
        System.out.printf("rate limit: %d calls, %d throttled (queryRtcAsrTasks)%n", calls.size(), throttled);
        assertThat(throttled).isZero();
        assertThat(failures).as("no call failed at all").isEmpty();
    }
}
