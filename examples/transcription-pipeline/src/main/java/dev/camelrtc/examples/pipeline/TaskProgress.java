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
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What the pipeline has done so far, fed by the start replies and by the status events as they come back from the
 * Kafka topic and the JMS queue, and by the sentences coming back from the transcripts topic. Prints a progress line
 * whenever the counts change and each sentence as it arrives; done when every request file was answered, every task
 * it started was seen ENDED on both brokers and every sentence published came back.
 */
public final class TaskProgress implements RequestRoutes.Outcomes {

    /** One task started by this run and what the brokers delivered about it. */
    public static final class TaskRecord {
        private final String vendor;
        private final String taskId;
        private String requestFile;
        private final List<String> statuses = new ArrayList<>();
        private String state = "PENDING";
        private int kafkaEvents;
        private int jmsEvents;
        private int sentences;
        private boolean endedOnKafka;
        private boolean endedOnJms;

        TaskRecord(String vendor, String taskId) {
            this.vendor = vendor;
            this.taskId = taskId;
        }

        public String vendor() {
            return vendor;
        }

        public String taskId() {
            return taskId;
        }

        public String requestFile() {
            return requestFile;
        }

        public List<String> statuses() {
            return List.copyOf(statuses);
        }

        public String state() {
            return state;
        }

        public int kafkaEvents() {
            return kafkaEvents;
        }

        public int jmsEvents() {
            return jmsEvents;
        }

        /** Sentences of the task that came back from the transcripts topic. */
        public int sentences() {
            return sentences;
        }

        boolean ended() {
            return endedOnKafka && endedOnJms;
        }
    }

    /** A request file whose task could not be started. */
    public record FailedRequest(String requestFile, String reason) {
    }

    private final int expectedRequests;
    private final PrintStream out;
    private final long startNanos = System.nanoTime();
    private final Map<String, TaskRecord> started = new LinkedHashMap<>();
    /** Events about tasks this run has not (yet) started: another run's tasks, or an event racing the start reply. */
    private final Map<String, TaskRecord> others = new LinkedHashMap<>();
    private final List<FailedRequest> failed = new ArrayList<>();
    private final CountDownLatch done = new CountDownLatch(1);
    private int kafkaEvents;
    private int jmsEvents;
    private int sentencesPublished;
    private int sentences;
    private String lastCounts = "";

    public TaskProgress(int expectedRequests, PrintStream out) {
        this.expectedRequests = expectedRequests;
        this.out = out;
    }

    @Override
    public synchronized void started(String vendor, String taskId, String requestFile) {
        TaskRecord task = others.containsKey(taskId) ? others.remove(taskId) : new TaskRecord(vendor, taskId);
        task.requestFile = requestFile;
        started.put(taskId, task);
        out.println("started   " + vendor + " task " + taskId + " for " + requestFile);
        changed();
    }

    @Override
    public synchronized void startFailed(String requestFile, String reason) {
        failed.add(new FailedRequest(requestFile, reason));
        out.println("FAILED    " + requestFile + ": " + reason);
        changed();
    }

    public synchronized void fromKafka(StatusEvent event) {
        kafkaEvents++;
        TaskRecord task = record(event);
        task.kafkaEvents++;
        if (event.status() != null) {
            task.statuses.add(event.status());
        }
        if (event.state() != null) {
            task.state = event.state();
        }
        task.endedOnKafka |= event.ended();
        changed();
    }

    public synchronized void fromJms(StatusEvent event) {
        jmsEvents++;
        TaskRecord task = record(event);
        task.jmsEvents++;
        task.endedOnJms |= event.ended();
        changed();
    }

    /** A sentence was put on the transcripts topic: the run is not done before it came back. */
    public synchronized void sentencePublished() {
        sentencesPublished++;
    }

    /** A sentence came back from the transcripts topic, as its transcript line. */
    public synchronized void sentence(String vendor, String taskId, String line) {
        sentences++;
        TaskRecord task = record(vendor, taskId);
        task.sentences++;
        // the request file names the task more readably than the clouds' long task ids
        out.println("said      " + (task.requestFile != null ? task.requestFile : taskId) + "  " + line);
        changed();
    }

    private TaskRecord record(StatusEvent event) {
        return record(event.vendor(), event.taskId());
    }

    private TaskRecord record(String vendor, String taskId) {
        TaskRecord task = started.get(taskId);
        return task != null ? task : others.computeIfAbsent(taskId, id -> new TaskRecord(vendor, id));
    }

    public boolean awaitDone(Duration timeout) throws InterruptedException {
        return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void changed() {
        long ended = started.values().stream().filter(TaskRecord::ended).count();
        long pending = started.values().stream().filter(t -> !t.ended() && "PENDING".equals(t.state)).count();
        // ENDED on one broker but not yet on the other still counts as running
        long running = started.size() - ended - pending;
        String counts = String.format("requests %d/%d answered | tasks %d: %d pending, %d running, %d ended",
                started.size() + failed.size(), expectedRequests, started.size(), pending, running, ended);
        if (!counts.equals(lastCounts)) {
            out.printf("progress: %s | events via Kafka %d, via JMS %d | sentences %d%n", counts, kafkaEvents,
                    jmsEvents, sentences);
            lastCounts = counts;
        }
        if (started.size() + failed.size() >= expectedRequests && ended == started.size()
            && sentences >= sentencesPublished) {
            done.countDown();
        }
    }

    public synchronized Summary summary() {
        return new Summary(expectedRequests, List.copyOf(started.values()), List.copyOf(failed), kafkaEvents,
                jmsEvents, sentences, Duration.ofNanos(System.nanoTime() - startNanos));
    }

    /** The end result, written to the summary file and printed. */
    public record Summary(int requests, List<TaskRecord> tasks, List<FailedRequest> failedRequests, int kafkaEvents,
            int jmsEvents, int sentences, Duration elapsed) {
    }
}
