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
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.Test;

import dev.camelrtc.simulator.http.SimRequest;
import dev.camelrtc.simulator.http.SimResponse;
import dev.camelrtc.simulator.http.VendorApi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A call answered after an injected latency is handled on the server's thread pool, not on Jetty's scheduler thread,
 * and a handling that throws there, an exception or an {@link Error}, is still answered (500), not left hanging until
 * the client's timeout (60 s: Jetty's idle timeout does not end a call still being handled).
 */
class LatencyAnswerTest {

    private final Queue<String> handlingThreads = new ConcurrentLinkedQueue<>();

    private final VendorApi api = new VendorApi() {
        @Override
        public String vendor() {
            return "tencent";
        }

        @Override
        public SimResponse handle(SimRequest request, String action) {
            handlingThreads.add(Thread.currentThread().getName());
            if (action.equals("Boom")) {
                throw new IllegalStateException("handler failed");
            }
            if (action.equals("Broken")) {
                throw new AssertionError("handler broke");
            }
            return SimResponse.json(200, "{\"Response\":{\"RequestId\":\"r\"}}");
        }

        @Override
        public SimResponse injectedError(String code, String message, int httpStatus) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SimResponse unfitReply() {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void lateAnswersRunOnThePoolAndAFailingHandlingIsAnswered() throws Exception {
        FaultInjector faults = new FaultInjector().inject(FaultInjector.ANY_ACTION, Fault.latency(Duration.ofMillis(1)),
                3);
        SimulatorHttpServer server = new SimulatorHttpServer(0, faults, api, null, null);
        server.start();
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            assertThat(call(client, server.port(), "Fine").statusCode()).isEqualTo(200);
            HttpResponse<String> failed = call(client, server.port(), "Boom");
            assertThat(failed.statusCode()).isEqualTo(500);
            assertThat(failed.body()).contains("handler failed");
            HttpResponse<String> broken = call(client, server.port(), "Broken");
            assertThat(broken.statusCode()).isEqualTo(500);
            assertThat(broken.body()).contains("handler broke");
            assertThat(faults.pending()).isZero();
            assertThat(handlingThreads).hasSize(3).allMatch(name -> name.startsWith("rtc-simulator-http"));
            // without a latency fault the same Error is answered on the thread that read the call
            HttpResponse<String> brokenAtOnce = call(client, server.port(), "Broken");
            assertThat(brokenAtOnce.statusCode()).isEqualTo(500);
            assertThat(brokenAtOnce.body()).contains("handler broke");
        } finally {
            server.stop();
        }
    }

    private static HttpResponse<String> call(HttpClient client, int port, String action) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .header("X-TC-Action", action).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
