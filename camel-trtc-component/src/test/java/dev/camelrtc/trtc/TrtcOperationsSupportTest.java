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
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckAware;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.support.testing.CamelContexts;
import dev.camelrtc.support.testing.HealthChecks;
import dev.camelrtc.support.testing.Ports;
import dev.camelrtc.trtc.model.StartAITranscriptionRequest;
import dev.camelrtc.trtc.model.StartAITranscriptionResponse;
import dev.camelrtc.trtc.model.TranscriptionParams;

import static dev.camelrtc.trtc.SimulatedTrtc.SECRET_ID;
import static dev.camelrtc.trtc.SimulatedTrtc.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The producers' readiness checks, the consumers' health check options and the dev console, through Camel's own health
 * and console APIs, with every check reported ({@link HealthChecks#reportAll}).
 */
class TrtcOperationsSupportTest {


    @RegisterExtension
    static final RtcSimulatorExtension SIM = SimulatedTrtc.simulator();

    @RegisterExtension
    final CamelContexts contexts = new CamelContexts();

    private CamelContext context;

    private CamelContext camel(String endpoint, RouteBuilder routes) throws Exception {
        return camel(endpoint, routes, new TrtcComponent());
    }

    private CamelContext camel(String endpoint, RouteBuilder routes, TrtcComponent trtc) throws Exception {
        SimulatedTrtc.configure(trtc, endpoint, SECRET_ID, SECRET_KEY, 1400000321L);
        context = contexts.start("trtc", trtc, routes);
        HealthChecks.reportAll(context);
        return context;
    }

    private WritableHealthCheckRepository producerChecks() {
        return HealthChecks.producers(context);
    }

    /** The readiness check of the producer of an endpoint URI. */
    private HealthCheck.Result trtcHealth(String uri) {
        return HealthChecks.result(context, "producer:trtc-" + context.getEndpoint(uri, TrtcEndpoint.class).getId());
    }

    @Test
    void healthIsUpWithCredentialsAReachableEndpointAndSuccessfulCalls() throws Exception {
        camel(SIM.simulator().baseUrl(), null);
        context.createProducerTemplate().request("trtc:describeAIConversation?taskId=none", e -> { });
        context.createProducerTemplate().requestBody("trtc:startAITranscription", transcription("ops-1"));

        HealthCheck.Result result = trtcHealth("trtc:startAITranscription");

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getCheck().isLiveness()).isFalse();
        assertThat(result.getDetails()).containsEntry("credentials", "present")
                .containsEntry("endpoint " + SIM.simulator().baseUrl(), "reachable")
                .containsEntry("calls", 2L).containsEntry("failures", 1L)
                .containsEntry("last.failure.code", "FailedOperation.TaskNotExist");
        assertThat(result.getDetails().toString()).doesNotContain(SECRET_KEY);
    }

    @Test
    void healthIsDownWhenTheEndpointIsUnreachableOrCredentialsAreRejected() throws Exception {
        int closedPort = Ports.closed();
        camel("http://127.0.0.1:" + closedPort, null);
        context.createProducerTemplate().request("trtc:stopAITranscription?taskId=t", e -> { }); // refused
        assertThat(trtcHealth("trtc:stopAITranscription?taskId=t").getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(trtcHealth("trtc:stopAITranscription?taskId=t").getMessage())
                .hasValueSatisfying(m -> assertThat(m).contains("not reachable"));
        assertThat(trtcHealth("trtc:stopAITranscription?taskId=t").getDetails())
                .containsEntry("endpoint http://127.0.0.1:" + closedPort, "unreachable");
        context.stop();

        camel(SIM.simulator().baseUrl(), null);
        context.createProducerTemplate().request("trtc:describeAIConversation?taskId=x&secretKey=RAW(wrong)",
                e -> { });
        HealthCheck.Result rejected = trtcHealth("trtc:describeAIConversation?taskId=x&secretKey=RAW(wrong)");
        assertThat(rejected.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(rejected.getDetails()).containsEntry("last.failure.code", "AuthFailure.SignatureFailure");
        assertThat(rejected.getDetails().toString()).doesNotContain("wrong").doesNotContain(SECRET_KEY);

        context.createProducerTemplate().requestBody("trtc:startAITranscription", transcription("ops-2"));
        assertThat(trtcHealth("trtc:startAITranscription").getState()).isEqualTo(HealthCheck.State.UP);
    }

    @Test
    void aProducerIsReadyBeforeItsFirstCallWithoutProbingTheNetwork() throws Exception {
        int closedPort = Ports.closed();
        camel("http://127.0.0.1:" + closedPort, null);
        context.getEndpoint("trtc:stopAITranscription").createProducer().start();

        HealthCheck.Result result = trtcHealth("trtc:stopAITranscription");

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getDetails()).containsEntry("endpoint http://127.0.0.1:" + closedPort, "not called yet")
                .containsEntry("calls", 0L).containsEntry(HealthCheck.ENDPOINT_URI, "trtc://stopAITranscription");
    }

    @Test
    void healthCheckOptionsEnableTheChecksAndAProducerTakesItsCheckAlongWhenItStops() throws Exception {
        TrtcComponent trtc = new TrtcComponent();
        trtc.setHealthCheckProducerEnabled(false);
        trtc.setHealthCheckConsumerEnabled(false);
        camel(SIM.simulator().baseUrl(), new RouteBuilder() {
            @Override
            public void configure() {
                from("trtc:describeAITranscription?delay=50").routeId("follow").to("log:events?level=DEBUG");
            }
        }, trtc);
        var producer = context.getEndpoint("trtc:stopAITranscription").createProducer();
        producer.start();
        String id = "producer:trtc-" + context.getEndpoint("trtc:stopAITranscription", TrtcEndpoint.class).getId();

        assertThat(producerChecks().stream().filter(c -> c.getId().equals(id)).findFirst())
                .hasValueSatisfying(check -> assertThat(check.isEnabled()).isFalse());
        assertThat(((HealthCheckAware) context.getRoute("follow").getConsumer()).getHealthCheck().isEnabled())
                .isFalse();

        producer.stop();
        assertThat(producerChecks().stream().map(HealthCheck::getId)).doesNotContain(id);
    }

    @Test
    void devConsoleListsFollowedTasksAndTheirStatuses() throws Exception {
        camel(SIM.simulator().baseUrl(), new RouteBuilder() {
            @Override
            public void configure() {
                from("trtc:describeAITranscription?delay=50").routeId("follow").to("log:events?level=DEBUG");
            }
        });
        String taskId = context.createProducerTemplate().requestBody("trtc:startAITranscription",
                transcription("ops-3"), StartAITranscriptionResponse.class).getTaskId();
        DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("trtc");
        assertThat(console).isInstanceOf(TrtcDevConsole.class);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                (String) console.call(DevConsole.MediaType.TEXT)).contains("Route: follow").contains(taskId + ": InProgress"));
        JsonObject json = (JsonObject) console.call(DevConsole.MediaType.JSON, Map.of());
        assertThat(json.toJson()).contains("\"routeId\":\"follow\"").contains("\"followed\":1")
                .contains("\"status\":\"InProgress\"");
    }

    private static StartAITranscriptionRequest transcription(String room) {
        return new StartAITranscriptionRequest().withRoomId(room)
                .withTranscriptionParams(new TranscriptionParams().withUserId("bot").withUserSig("sig")
                        .withMaxIdleTime(3600L));
    }
}
