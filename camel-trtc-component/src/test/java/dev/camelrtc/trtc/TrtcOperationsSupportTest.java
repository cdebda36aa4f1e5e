package dev.camelrtc.trtc;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.simulator.SimulatorTimings;
import dev.camelrtc.trtc.model.StartAITranscriptionRequest;
import dev.camelrtc.trtc.model.StartAITranscriptionResponse;
import dev.camelrtc.trtc.model.TranscriptionParams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The component's health check and dev console, through Camel's own health and console APIs. */
class TrtcOperationsSupportTest {

    private static final String SECRET_ID = "AKIDopstest0000000000000000000000";
    private static final String SECRET_KEY = "opsTestSecretKey0000000000000000";

    @RegisterExtension
    static final RtcSimulatorExtension SIM = RtcSimulatorExtension.builder()
            .tencentKey(SECRET_ID, SECRET_KEY)
            .timings(SimulatorTimings.fast())
            .build();

    private CamelContext context;

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
    }

    private CamelContext camel(String endpoint, RouteBuilder routes) throws Exception {
        context = new DefaultCamelContext();
        TrtcComponent trtc = new TrtcComponent();
        trtc.getConfiguration().setSecretId(SECRET_ID);
        trtc.getConfiguration().setSecretKey(SECRET_KEY);
        trtc.getConfiguration().setRegion("ap-guangzhou");
        trtc.getConfiguration().setEndpoint(endpoint);
        trtc.getConfiguration().setSdkAppId(1400000321L);
        context.addComponent("trtc", trtc);
        if (routes != null) {
            context.addRoutes(routes);
        }
        context.start();
        return context;
    }

    private HealthCheck.Result trtcHealth() {
        return HealthCheckHelper.invoke(context).stream().filter(r -> r.getCheck().getId().equals("trtc"))
                .findFirst().orElseThrow();
    }

    @Test
    void healthIsUpWithCredentialsAReachableEndpointAndSuccessfulCalls() throws Exception {
        camel(SIM.simulator().baseUrl(), null);
        context.createProducerTemplate().request("trtc:describeAIConversation?taskId=none", e -> { });
        context.createProducerTemplate().requestBody("trtc:startAITranscription", transcription("ops-1"));

        HealthCheck.Result result = trtcHealth();

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
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        camel("http://127.0.0.1:" + closedPort, null);
        context.getEndpoint("trtc:stopAITranscription");
        assertThat(trtcHealth().getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(trtcHealth().getMessage()).hasValueSatisfying(m -> assertThat(m).contains("not reachable"));
        context.stop();

        camel(SIM.simulator().baseUrl(), null);
        context.createProducerTemplate().request("trtc:describeAIConversation?taskId=x&secretKey=RAW(wrong)",
                e -> { });
        HealthCheck.Result rejected = trtcHealth();
        assertThat(rejected.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(rejected.getDetails()).containsEntry("last.failure.code", "AuthFailure.SignatureFailure");

        context.createProducerTemplate().requestBody("trtc:startAITranscription", transcription("ops-2"));
        assertThat(trtcHealth().getState()).isEqualTo(HealthCheck.State.UP);
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
