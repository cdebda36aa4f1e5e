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
package dev.camelrtc.kamelets;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelrtc.simulator.Dialogue;
import dev.camelrtc.simulator.RtcSimulator;
import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.simulator.SimulatorTimings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Kamelets loaded from this jar by camel-kamelet (YAML DSL) and run against the simulator over HTTP: a sink
 * starts a task, the matching source follows it to its end. Credentials and endpoint are Kamelet properties only.
 */
class KameletsSimulatorTest {

    @RegisterExtension
    // one API second = 300 ms: the tasks below run 2-3 s, long enough for the sources' first poll (1 s after start)
    static final RtcSimulatorExtension SIM = RtcSimulatorExtension.builder()
            .timings(SimulatorTimings.fast().withMaxIdleTimeUnit(Duration.ofMillis(300))).build();

    /** One message a source emitted. */
    record Event(String taskId, String status, String state, boolean ended) {
    }

    private CamelContext context;

    @BeforeEach
    void start() {
        context = new DefaultCamelContext();
    }

    @AfterEach
    void stop() {
        context.stop();
        SIM.simulator().reset();
    }

    private String trtcProperties() {
        return "secretId=" + RtcSimulator.DEMO_TENCENT_SECRET_ID + "&secretKey=RAW("
               + RtcSimulator.DEMO_TENCENT_SECRET_KEY + ")&region=ap-guangzhou&endpoint=" + SIM.simulator().baseUrl();
    }

    private String aliliveProperties() {
        return "accessKey=" + RtcSimulator.DEMO_ALIYUN_ACCESS_KEY_ID + "&secretKey=RAW("
               + RtcSimulator.DEMO_ALIYUN_ACCESS_KEY_SECRET + ")&endpoint=" + SIM.simulator().baseUrl();
    }

    private List<Event> run(String sinkUri, String sourceUri, String prefix) throws Exception {
        List<Event> events = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start").to(sinkUri);
                from(sourceUri).process(e -> events.add(new Event(
                        e.getMessage().getHeader(prefix + "TaskId", String.class),
                        e.getMessage().getHeader(prefix + "Status", String.class),
                        e.getMessage().getHeader("CamelRtcTaskState", String.class),
                        Boolean.TRUE.equals(e.getMessage().getHeader(prefix + "TaskEnded", Boolean.class)))));
            }
        });
        context.start();
        return events;
    }

    @Test
    void trtcSinkStartsATaskThatTheTrtcSourceFollowsToItsEnd() throws Exception {
        List<Event> events = run("kamelet:trtc-ai-transcription-sink?" + trtcProperties() + "&sdkAppId=1400000000",
                "kamelet:trtc-task-status-source?" + trtcProperties() + "&delay=100", "CamelTrtc");
        ProducerTemplate template = context.createProducerTemplate();

        Exchange reply = template.request("direct:start", e -> e.getMessage().setBody("""
                {"RoomId": "kamelet-room", "RoomIdType": 1,
                 "TranscriptionParams": {"UserId": "bot", "UserSig": "sig", "MaxIdleTime": 8}}"""));

        assertThat(reply.getException()).isNull();
        String taskId = reply.getMessage().getHeader("CamelTrtcTaskId", String.class);
        assertThat(taskId).isNotBlank();
        assertThat(SIM.simulator().trtcTasks().list()).anySatisfy(t -> {
            assertThat(t.taskId()).isEqualTo(taskId);
            assertThat(t.sdkAppId()).isEqualTo(1400000000L);
            assertThat(t.roomId()).isEqualTo("kamelet-room");
        });
        await().atMost(Duration.ofSeconds(15)).until(() -> events.stream().anyMatch(Event::ended));
        assertThat(events).extracting(Event::taskId).containsOnly(taskId);
        assertThat(events).extracting(Event::state).contains("RUNNING").last().isEqualTo("ENDED");
        assertThat(events.get(events.size() - 1).status()).isEqualTo("Stopped");
    }

    @Test
    void aliliveSinkCreatesATaskThatTheAliliveSourceFollowsToItsEnd() throws Exception {
        List<Event> events = run("kamelet:alilive-asr-task-sink?" + aliliveProperties(),
                "kamelet:alilive-asr-task-source?" + aliliveProperties() + "&delay=100&discoverTasks=false",
                "CamelAlilive");
        ProducerTemplate template = context.createProducerTemplate();

        Exchange reply = template.request("direct:start", e -> e.getMessage().setBody("""
                {"Mode": "live", "StreamURL": "rtmp://live.example.com/app/kamelet", "Language": "en",
                 "CallbackURL": "http://127.0.0.1:9/cb", "AutoTerminateEnabled": true, "AutoTerminateDelay": 10}"""));

        assertThat(reply.getException()).isNull();
        String taskId = reply.getMessage().getHeader("CamelAliliveTaskId", String.class);
        assertThat(taskId).startsWith("asr-");
        assertThat(SIM.simulator().rtcAsrTasks().list()).anySatisfy(t -> assertThat(t.taskId()).isEqualTo(taskId));
        await().atMost(Duration.ofSeconds(15)).until(() -> events.stream().anyMatch(Event::ended));
        assertThat(events).extracting(Event::taskId).containsOnly(taskId);
        assertThat(events).extracting(Event::state).contains("RUNNING").last().isEqualTo("ENDED");
    }

    @Test
    void theTranscriptSourceEmitsEachSignedSentenceOnceAsJson() throws Exception {
        String key = "KameletCallbackKey0123456789abcd";
        VertxPlatformHttpServerConfiguration configuration = new VertxPlatformHttpServerConfiguration();
        configuration.setBindHost("127.0.0.1");
        configuration.setBindPort(0);
        VertxPlatformHttpServer server = new VertxPlatformHttpServer(configuration);
        context.addService(server);
        List<Exchange> sentences = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kamelet:trtc-transcript-source?callbackSecret=RAW(" + key + ")&path=/trtc/transcripts")
                        .process(e -> sentences.add(e.copy()));
            }
        });
        context.start();
        URI url = URI.create("http://127.0.0.1:" + server.getServer().actualPort() + "/trtc/transcripts");

        String sentence = callback(903, "{\"UserId\": \"alice\", \"Text\": \"Good morning.\", \"StartTimeMs\": 500,"
                                        + " \"EndTimeMs\": 1700, \"RoundId\": \"r1\"}");
        assertThat(post(url, sentence, key)).isEqualTo(200);
        assertThat(post(url, sentence, key)).as("Tencent's redelivery").isEqualTo(200);
        assertThat(post(url, callback(902, "{\"LeaveCode\": 0}"), key)).as("not a sentence").isEqualTo(200);
        assertThat(post(url, sentence.replace("morning", "evening"), "AnotherKey")).isEqualTo(401);

        await().atMost(Duration.ofSeconds(10)).until(() -> !sentences.isEmpty());
        assertThat(sentences).hasSize(1);
        Exchange first = sentences.get(0);
        JsonNode json = new ObjectMapper().readTree(first.getMessage().getBody(String.class));
        assertThat(json.path("userId").asText()).isEqualTo("alice");
        assertThat(json.path("text").asText()).isEqualTo("Good morning.");
        assertThat(json.path("startTimeMs").asLong()).isEqualTo(500);
        assertThat(json.path("taskId").asText()).isEqualTo("task-kamelet");
        assertThat(first.getMessage().getHeader("CamelTrtcTaskId")).isEqualTo("task-kamelet");
        assertThat(first.getMessage().getHeader("CamelTrtcRoomId")).isEqualTo("room-k");
    }

    @Test
    void theTranscriptSourceStreamsTheSentencesTheSimulatorPushesForATaskTheSinkStarted() throws Exception {
        String key = "KameletSimCallbackKey0123456789a";
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        VertxPlatformHttpServerConfiguration configuration = new VertxPlatformHttpServerConfiguration();
        configuration.setBindHost("127.0.0.1");
        configuration.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(configuration));
        try (RtcSimulator simulator = RtcSimulator.builder().port(0).timings(SimulatorTimings.fast())
                .dialogue(Dialogue.parse("alice: Hello from the room.\nbob: And a second sentence.", "test"))
                .callbackUrl("http://127.0.0.1:" + port + "/trtc/events", key).build().start()) {
            String trtc = "secretId=" + RtcSimulator.DEMO_TENCENT_SECRET_ID + "&secretKey=RAW("
                          + RtcSimulator.DEMO_TENCENT_SECRET_KEY + ")&region=ap-guangzhou&endpoint="
                          + simulator.baseUrl();
            List<JsonNode> sentences = new CopyOnWriteArrayList<>();
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:start").to("kamelet:trtc-ai-transcription-sink?" + trtc + "&sdkAppId=1400000000");
                    from("kamelet:trtc-transcript-source?callbackSecret=RAW(" + key + ")")
                            .process(e -> sentences.add(new ObjectMapper().readTree(
                                    e.getMessage().getBody(String.class))));
                }
            });
            context.start();

            Exchange reply = context.createProducerTemplate().request("direct:start", e -> e.getMessage().setBody("""
                    {"RoomId": "kamelet-speaks", "RoomIdType": 1,
                     "TranscriptionParams": {"UserId": "bot", "UserSig": "sig", "MaxIdleTime": 600}}"""));
            String taskId = reply.getMessage().getHeader("CamelTrtcTaskId", String.class);

            await().atMost(Duration.ofSeconds(30)).until(() -> sentences.size() >= 2);
            assertThat(sentences).extracting(j -> j.path("taskId").asText()).containsOnly(taskId);
            assertThat(sentences).extracting(j -> j.path("userId").asText() + ": " + j.path("text").asText())
                    .containsExactly("alice: Hello from the room.", "bob: And a second sentence.");
        }
    }

    /** A callback body as Tencent posts it (reference/tencent-callbacks.md). */
    private static String callback(int eventType, String payload) {
        return "{\"EventGroupId\": 9, \"EventType\": " + eventType + ", \"CallbackTs\": 1764500000100,"
               + " \"EventInfo\": {\"EventMsTs\": 1764500000000, \"TaskId\": \"task-kamelet\","
               + " \"RoomId\": \"room-k\", \"RoomIdType\": 1, \"Payload\": " + payload + "}}";
    }

    /** POSTs a body signed as Tencent signs it: Sign = Base64(HMAC-SHA256(key, body)); returns the status. */
    private static int post(URI url, String body, String key) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        HttpRequest request = HttpRequest.newBuilder(url).header("Content-Type", "application/json")
                .header("Sign", Base64.getEncoder().encodeToString(mac.doFinal(bytes)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void aMissingRequiredPropertyFailsWhenTheRouteIsCreated() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start").to("kamelet:trtc-ai-transcription-sink?secretId=x&secretKey=y");
            }
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(context::start).hasStackTraceContaining("region");
    }
}
