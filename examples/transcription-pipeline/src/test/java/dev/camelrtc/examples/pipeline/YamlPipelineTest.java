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
package dev.camelrtc.examples.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.camelrtc.alilive.callback.AliliveCallbacksConsumer;
import dev.camelrtc.simulator.RtcSimulator;
import dev.camelrtc.simulator.SimulatorTimings;
import dev.camelrtc.trtc.callback.TrtcCallbacksConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The YAML DSL version of the pipeline ({@code routes/*.camel.yaml}) run by Camel Main with camel-yaml-dsl, as
 * {@code camel run} would, against the simulator and the embedded brokers; configured only through properties.
 */
class YamlPipelineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String CALLBACK_KEY = "YamlPipelineCallbackKey000000000";
    private static final String AUTH_KEY = "YamlPipelineAuthKey";

    private static RtcSimulator simulator;
    private static EmbeddedBrokers brokers;
    private static int callbackPort;

    @BeforeAll
    static void start() throws Exception {
        callbackPort = EmbeddedBrokers.freePort();
        simulator = RtcSimulator.builder().port(0).timings(SimulatorTimings.defaults()
                .withMaxIdleTimeUnit(Duration.ofMillis(DemoRequests.API_SECOND_MILLIS)))
                .callbackUrl("http://127.0.0.1:" + callbackPort + "/trtc/events", CALLBACK_KEY)
                .aliyunCallbacks(true).build().start();
        brokers = EmbeddedBrokers.start(Files.createTempDirectory("yaml-brokers"));
    }

    @AfterAll
    static void stop() {
        brokers.close();
        simulator.close();
    }

    @Test
    void theYamlRoutesStartEveryRequestedTaskAndRecordItsEndFromKafkaAndJms(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("input");
        Path output = dir.resolve("output");
        String aliliveCallbackUrl = "http://127.0.0.1:" + callbackPort + "/alilive/results";
        DemoRequests.write(input, aliliveCallbackUrl, AUTH_KEY);
        Set<String> expectedFiles = DemoRequests.fileNames();

        Main main = new Main();
        main.configure().withRoutesIncludePattern("classpath:routes/*.camel.yaml");
        main.addOverrideProperty("pipeline.input", input.toString());
        main.addOverrideProperty("pipeline.output", output.toString());
        main.addOverrideProperty("pipeline.started-requests", dir.resolve("started-requests").toString());
        main.addOverrideProperty("pipeline.poll-delay", "100");
        main.addOverrideProperty("pipeline.kafka.topic", "yaml-" + UUID.randomUUID());
        main.addOverrideProperty("pipeline.kafka.brokers", brokers.kafkaBootstrap());
        main.addOverrideProperty("pipeline.jms.queue", "yaml." + UUID.randomUUID());
        main.addOverrideProperty("pipeline.jms.url", brokers.jmsUrl());
        main.addOverrideProperty("pipeline.kafka.transcripts-topic", "yaml-transcripts-" + UUID.randomUUID());
        main.addOverrideProperty("pipeline.trtc.callback-path", "/trtc/events");
        main.addOverrideProperty("camel.server.enabled", "true");
        main.addOverrideProperty("camel.server.host", "127.0.0.1");
        main.addOverrideProperty("camel.server.port", Integer.toString(callbackPort));
        main.addOverrideProperty("camel.component.trtc-callbacks.callbackSecret", CALLBACK_KEY);
        main.addOverrideProperty("pipeline.alilive.callback-path", "/alilive/results");
        main.addOverrideProperty("pipeline.alilive.callback-url", aliliveCallbackUrl);
        main.addOverrideProperty("camel.component.alilive-callbacks.authKey", AUTH_KEY);
        main.addOverrideProperty("camel.component.trtc.secretId", RtcSimulator.DEMO_TENCENT_SECRET_ID);
        main.addOverrideProperty("camel.component.trtc.secretKey", RtcSimulator.DEMO_TENCENT_SECRET_KEY);
        main.addOverrideProperty("camel.component.trtc.region", "ap-guangzhou");
        main.addOverrideProperty("camel.component.trtc.endpoint", simulator.baseUrl());
        main.addOverrideProperty("camel.component.alilive.accessKey", RtcSimulator.DEMO_ALIYUN_ACCESS_KEY_ID);
        main.addOverrideProperty("camel.component.alilive.secretKey", RtcSimulator.DEMO_ALIYUN_ACCESS_KEY_SECRET);
        main.addOverrideProperty("camel.component.alilive.endpoint", simulator.baseUrl());
        main.start();
        try {
            Path summary = output.resolve("summary.jsonl");
            await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(200))
                    .until(() -> lines(summary).size() >= expectedFiles.size());

            assertThat(main.getCamelContext().getRoutes()).hasSize(9);
            List<JsonNode> ended = lines(summary);
            // one end per task: the trtc-callbacks route and trtc-status agree on who delivers a TRTC task's end
            assertThat(ended).hasSize(expectedFiles.size())
                    .allSatisfy(event -> assertThat(event.path("state").asText()).isEqualTo("ENDED"));
            Set<String> endedIds = ended.stream().map(e -> e.path("taskId").asText()).collect(Collectors.toSet());
            assertThat(endedIds).hasSize(expectedFiles.size());
            // the same events went through the JMS queue: each task was seen there too, ending ENDED
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                List<JsonNode> viaJms = lines(output.resolve("events.jsonl"));
                assertThat(viaJms.stream().filter(e -> e.path("state").asText().equals("ENDED"))
                        .map(e -> e.path("taskId").asText())).containsExactlyInAnyOrderElementsOf(endedIds);
                // which earlier states a poll saw (RUNNING, PENDING) depends on timing; each is one of these tasks'
                assertThat(viaJms).allSatisfy(e -> {
                    assertThat(e.path("taskId").asText()).isIn(endedIds);
                    assertThat(e.path("state").asText()).isIn("PENDING", "RUNNING", "ENDED");
                });
            });
            TrtcCallbacksConsumer callbacks =
                    (TrtcCallbacksConsumer) main.getCamelContext().getRoute("trtc-callbacks").getConsumer();
            assertThat(callbacks.getCounts().getRouted()).as("the simulator's 901s and 902s").isGreaterThanOrEqualTo(2);
            assertThat(callbacks.getCounts().getRejectedSignatures()).isZero();
            // what was said: the simulator's TRTC 903s (trtc-callbacks) and Alibaba results (alilive-callbacks)
            // through the transcripts topic into one file per task, for tasks of both clouds
            Set<String> trtcIds = idsOf(ended, "trtc");
            Set<String> aliliveIds = idsOf(ended, "alilive");
            assertThat(trtcIds).hasSize(2);
            assertThat(aliliveIds).hasSize(2);
            Path transcripts = output.resolve("transcripts");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(transcriptIds(transcripts))
                    .containsAnyElementsOf(trtcIds).containsAnyElementsOf(aliliveIds));
            try (var files = Files.list(transcripts)) {
                List<String> said = files.flatMap(YamlPipelineTest::textLines).toList();
                System.out.printf("yaml transcripts: %d lines in %s files%n", said.size(),
                        transcriptIds(transcripts).size());
                assertThat(said).isNotEmpty()
                        .allSatisfy(line -> assertThat(line).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} \\S+: .+"));
            }
            AliliveCallbacksConsumer results =
                    (AliliveCallbacksConsumer) main.getCamelContext().getRoute("alilive-callbacks").getConsumer();
            assertThat(results.getCounts().getRouted()).isPositive();
            assertThat(results.getCounts().getRejectedSignatures()).isZero();
            try (var done = Files.list(input.resolve(".done"))) {
                assertThat(done.map(p -> p.getFileName().toString())).containsAll(expectedFiles);
            }

            // a request file that comes back (a failed move, a restart, a second copy) is not started again
            int tasks = simulator.rtcAsrTasks().list().size();
            String again = "alilive-stream-201.json";
            Files.writeString(input.resolve(again + ".tmp"), DemoRequests.samples(aliliveCallbackUrl, AUTH_KEY).get(again));
            Files.move(input.resolve(again + ".tmp"), input.resolve(again), StandardCopyOption.ATOMIC_MOVE);
            await().atMost(Duration.ofSeconds(20)).until(() -> !Files.exists(input.resolve(again)));
            assertThat(simulator.rtcAsrTasks().list()).hasSize(tasks);
        } finally {
            main.stop();
        }
    }

    private static Set<String> idsOf(List<JsonNode> events, String vendor) {
        return events.stream().filter(e -> e.path("vendor").asText().equals(vendor))
                .map(e -> e.path("taskId").asText()).collect(Collectors.toSet());
    }

    /** The task ids that have a transcript file. */
    private static Set<String> transcriptIds(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString().replaceFirst("\\.txt$", "")).collect(Collectors.toSet());
        }
    }

    private static Stream<String> textLines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> lines(Path file) throws Exception {
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).map(YamlPipelineTest::parse).toList();
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
