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

import java.time.Duration;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelrtc.alilive.model.CreateRtcAsrTaskRequest;
import dev.camelrtc.alilive.model.CreateRtcAsrTaskResponse;
import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.support.testing.CamelContexts;
import dev.camelrtc.support.testing.HealthChecks;
import dev.camelrtc.support.testing.Ports;

import static dev.camelrtc.alilive.SimulatedAlilive.KEY_ID;
import static dev.camelrtc.alilive.SimulatedAlilive.KEY_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The producers' readiness checks and the dev console, through Camel's own health and console APIs, with every check
 * reported ({@link HealthChecks#reportAll}).
 */
class AliliveOperationsSupportTest {


    @RegisterExtension
    static final RtcSimulatorExtension SIM = SimulatedAlilive.simulator();

    @RegisterExtension
    final CamelContexts contexts = new CamelContexts();

    private CamelContext context;

    private void camel(String endpoint, RouteBuilder routes) throws Exception {
        AliliveComponent alilive = SimulatedAlilive.component(endpoint, KEY_ID, KEY_SECRET);
        context = contexts.start("alilive", alilive, routes);
        HealthChecks.reportAll(context);
    }

    /** The readiness check of the producer of an endpoint URI. */
    private HealthCheck.Result health(String uri) {
        return HealthChecks.result(context,
                "producer:alilive-" + context.getEndpoint(uri, AliliveEndpoint.class).getId());
    }

    private static CreateRtcAsrTaskRequest asr(String stream) {
        return new CreateRtcAsrTaskRequest().withMode("live").withLanguage("cn").withCallbackUrl("http://cb/x")
                .withStreamUrl("rtmp://example.com/live/" + stream);
    }

    @Test
    void healthFollowsCredentialsReachabilityAndTheLastCall() throws Exception {
        camel(SIM.simulator().baseUrl(), null);
        context.createProducerTemplate().requestBody("alilive:createRtcAsrTask", asr("ops-1"));
        HealthCheck.Result up = health("alilive:createRtcAsrTask");
        assertThat(up.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(up.getDetails()).containsEntry("credentials", "present").containsEntry("calls", 1L)
                .containsEntry("endpoint " + SIM.simulator().baseUrl(), "reachable");

        context.createProducerTemplate().request("alilive:queryRtcAsrTasks?secretKey=RAW(wrong)", e -> { });
        HealthCheck.Result rejected = health("alilive:queryRtcAsrTasks?secretKey=RAW(wrong)");
        assertThat(rejected.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(rejected.getDetails()).containsEntry("last.failure.code", "SignatureDoesNotMatch");
        assertThat(rejected.getDetails().toString()).doesNotContain(KEY_SECRET);
        context.stop();

        int closedPort = Ports.closed();
        camel("http://127.0.0.1:" + closedPort, null);
        context.createProducerTemplate().request("alilive:queryRtcAsrTasks", e -> { }); // refused
        assertThat(health("alilive:queryRtcAsrTasks").getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(health("alilive:queryRtcAsrTasks").getDetails())
                .containsEntry("endpoint http://127.0.0.1:" + closedPort, "unreachable");
    }

    @Test
    void devConsoleListsFollowedTasksAndTheirStatuses() throws Exception {
        camel(SIM.simulator().baseUrl(), new RouteBuilder() {
            @Override
            public void configure() {
                from("alilive:queryRtcAsrTasks?delay=50").routeId("follow").to("log:events?level=DEBUG");
            }
        });
        String taskId = context.createProducerTemplate().requestBody("alilive:createRtcAsrTask", asr("ops-2"),
                CreateRtcAsrTaskResponse.class).getTaskId();
        DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("alilive");
        assertThat(console).isInstanceOf(AliliveDevConsole.class);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                (String) console.call(DevConsole.MediaType.TEXT)).contains("Route: follow").contains(taskId + ": 1"));
        JsonObject json = (JsonObject) console.call(DevConsole.MediaType.JSON, Map.of());
        assertThat(json.toJson()).contains("\"routeId\":\"follow\"").contains("\"status\":\"1\"");
    }
}
