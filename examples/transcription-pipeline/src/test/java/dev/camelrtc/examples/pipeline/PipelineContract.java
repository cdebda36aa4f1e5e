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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline in demo mode (simulator, sample requests) end to end against whatever {@link #brokers()} gives: the
 * embedded brokers here, Kafka and Artemis containers where Docker runs.
 */
abstract class PipelineContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    abstract Brokers brokers();

    @Test
    void everySampleTaskStartsRunsAndEndsAndItsEventsPassThroughBothBrokers(@TempDir Path dir) throws Exception {
        String topic = "status-" + UUID.randomUUID();
        String transcripts = "transcripts-" + UUID.randomUUID();
        Properties properties = new Properties();
        properties.setProperty("pipeline.demo", "true");
        properties.setProperty("pipeline.input", dir.resolve("input").toString());
        properties.setProperty("pipeline.output", dir.resolve("output").toString());
        properties.setProperty("pipeline.kafka.topic", topic);
        properties.setProperty("pipeline.kafka.transcripts-topic", transcripts);
        properties.setProperty("pipeline.jms.queue", "status." + UUID.randomUUID());
        properties.setProperty("pipeline.poll-delay", "100");
        properties.setProperty("pipeline.timeout", "60");
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        PipelineApp.Result result = PipelineApp.run(PipelineSettings.of(properties), brokers(),
                new PrintStream(console, true, StandardCharsets.UTF_8));

        String printed = console.toString(StandardCharsets.UTF_8);
        assertThat(result.completed()).as(printed).isTrue();
        TaskProgress.Summary summary = result.summary();
        assertThat(summary.failedRequests()).isEmpty();
        assertThat(summary.tasks()).hasSize(DemoRequests.fileNames().size())
                .allSatisfy(task -> {
                    assertThat(task.state()).isEqualTo("ENDED");
                    // an Alibaba task ends with status 2, or by leaving the task list (NotFound) between two polls
                    assertThat(task.statuses()).last().isIn(task.vendor().equals("trtc") ? List.of("Stopped")
                            : List.of("2", "NotFound"));
                    assertThat(task.kafkaEvents()).isEqualTo(task.jmsEvents()).isGreaterThanOrEqualTo(2);
                });
        assertThat(summary.tasks()).extracting(TaskProgress.TaskRecord::requestFile)
                .containsExactlyInAnyOrderElementsOf(DemoRequests.fileNames());
        assertThat(summary.tasks()).extracting(TaskProgress.TaskRecord::vendor).contains("trtc", "alilive");
        assertThat(printed).contains("progress: ", "0 pending, 0 running, 4 ended", "DONE: every task ended");

        JsonNode file = JSON.readTree(result.summaryFile().toFile());
        assertThat(file.path("tasksEnded").asInt()).isEqualTo(4);
        assertThat(file.path("eventsViaKafka").asInt()).isEqualTo(summary.kafkaEvents());
        assertThat(file.path("eventsViaJms").asInt()).isEqualTo(summary.jmsEvents());
        try (var done = Files.list(dir.resolve("input").resolve(".done"))) {
            assertThat(done).hasSize(4);
        }

        // read the topic with a consumer of our own: the events are really there, keyed by task id
        List<ConsumerRecord<String, String>> records = readTopic(topic, summary.kafkaEvents());
        assertThat(records).hasSize(summary.kafkaEvents()).allSatisfy(r -> {
            JsonNode event = JSON.readTree(r.value());
            assertThat(r.key()).isEqualTo(event.path("taskId").asText());
            assertThat(event.path("state").asText()).isIn("PENDING", "RUNNING", "ENDED");
        });

        // what was said: the simulator's signed TRTC 903 callbacks (trtc-callbacks route) and Alibaba results
        // (alilive-callbacks route), on the transcripts topic keyed by task id, and back from it into one transcript
        // file per task
        assertThat(summary.sentences()).as(printed).isPositive();
        List<ConsumerRecord<String, String>> sentences = readTopic(transcripts, summary.sentences());
        Map<String, Long> byVendor = summary.tasks().stream().collect(Collectors.groupingBy(
                TaskProgress.TaskRecord::vendor, Collectors.summingLong(t -> t.sentences())));
        System.out.printf("transcripts: %d sentences counted by the pipeline (trtc %d, alilive %d), %d records on %s,"
                + " %d transcript lines%n", summary.sentences(), byVendor.get("trtc"), byVendor.get("alilive"),
                sentences.size(), transcripts, countLines(dir.resolve("output/transcripts")));
        assertThat(byVendor.get("trtc")).as(printed).isPositive();
        assertThat(byVendor.get("alilive")).as(printed).isPositive();
        assertThat(sentences).hasSize(summary.sentences()).allSatisfy(r -> {
            JsonNode sentence = JSON.readTree(r.value());
            assertThat(r.key()).isEqualTo(sentence.path("taskId").asText());
            assertThat(sentence.path("userId").asText()).isNotBlank();
            assertThat(sentence.path("text").asText()).isNotBlank();
            assertThat(sentence.path("eventMsTs").asLong()).isPositive();
            // TRTC's records are the component's Sentence (a 903); Alibaba's the pipeline's own shape, with a vendor
            assertThat(sentence.path("eventType").asInt() == 903 || sentence.path("vendor").asText().equals("alilive"))
                    .as(r.value()).isTrue();
        });
        for (TaskProgress.TaskRecord task : summary.tasks()) {
            Path transcript = dir.resolve("output/transcripts").resolve(TranscriptLines.fileName(task.taskId()));
            List<String> lines = Files.exists(transcript) ? Files.readAllLines(transcript) : List.of();
            assertThat(lines).as(task.requestFile()).hasSize(task.sentences())
                    .allSatisfy(line -> assertThat(line).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} \\S+: .+"));
            lines.forEach(line -> assertThat(printed).contains(task.requestFile() + "  " + line));
        }
        assertThat(printed).contains("said      ");
    }

    private static long countLines(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var files = Files.list(dir)) {
            return files.mapToLong(f -> {
                try {
                    return Files.readAllLines(f).size();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private List<ConsumerRecord<String, String>> readTopic(String topic, int expected) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers().kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            // one more poll: nothing beyond what the pipeline counted
            consumer.poll(Duration.ofMillis(300)).forEach(records::add);
        }
        return records;
    }
}
