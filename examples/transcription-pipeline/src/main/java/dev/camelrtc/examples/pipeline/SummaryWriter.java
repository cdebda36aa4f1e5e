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

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The summary as JSON (the file) and as a table (the console). */
final class SummaryWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryWriter() {
    }

    static String toJson(TaskProgress.Summary summary) throws JsonProcessingException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("requests", summary.requests());
        root.put("tasksStarted", summary.tasks().size());
        root.put("tasksEnded", summary.tasks().stream().filter(TaskProgress.TaskRecord::ended).count());
        root.put("eventsViaKafka", summary.kafkaEvents());
        root.put("eventsViaJms", summary.jmsEvents());
        root.put("sentences", summary.sentences());
        root.put("elapsedSeconds", summary.elapsed().toMillis() / 1000.0);
        root.put("tasks", summary.tasks().stream().map(SummaryWriter::task).toList());
        root.put("failedRequests", summary.failedRequests().stream()
                .map(f -> Map.of("requestFile", f.requestFile(), "reason", String.valueOf(f.reason()))).toList());
        return MAPPER.writeValueAsString(root);
    }

    private static Map<String, Object> task(TaskProgress.TaskRecord task) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("vendor", task.vendor());
        map.put("taskId", task.taskId());
        map.put("requestFile", task.requestFile());
        map.put("statuses", task.statuses());
        map.put("state", task.state());
        map.put("eventsViaKafka", task.kafkaEvents());
        map.put("eventsViaJms", task.jmsEvents());
        map.put("sentences", task.sentences());
        return map;
    }

    static void print(TaskProgress.Summary summary, boolean completed, PrintStream out) {
        out.println();
        out.println(completed ? "DONE: every task ended" : "INCOMPLETE: not every task ended in time");
        out.printf("%-8s %-26s %-8s %-9s %s%n", "cloud", "request", "state", "sentences",
                "statuses (via Kafka) / events Kafka, JMS");
        for (TaskProgress.TaskRecord task : summary.tasks()) {
            out.printf("%-8s %-26s %-8s %-9d %s / %d, %d%n", task.vendor(), task.requestFile(), task.state(),
                    task.sentences(), String.join(" > ", task.statuses()), task.kafkaEvents(), task.jmsEvents());
        }
        List<TaskProgress.FailedRequest> failed = summary.failedRequests();
        failed.forEach(f -> out.println("failed   " + f.requestFile() + ": " + f.reason()));
        out.printf("%d request(s), %d task(s), %d event(s) via Kafka, %d via JMS, %d sentence(s), %.1f s%n",
                summary.requests(), summary.tasks().size(), summary.kafkaEvents(), summary.jmsEvents(),
                summary.sentences(), summary.elapsed().toMillis() / 1000.0);
    }
}
