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
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When the pipeline counts itself done, and what it prints on the way. */
class TaskProgressTest {

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final TaskProgress progress = new TaskProgress(2, new PrintStream(console, true, StandardCharsets.UTF_8));

    private static StatusEvent event(String taskId, String status, String state) {
        return new StatusEvent("trtc", taskId, status, null, state, "ENDED".equals(state), "2026-11-25T00:00:00Z");
    }

    @Test
    void doneOnlyWhenEveryRequestIsAnsweredAndEveryTaskEndedOnBothBrokers() throws Exception {
        progress.started("trtc", "t1", "trtc-1.json");
        progress.fromKafka(event("t1", "Stopped", "ENDED"));
        progress.fromJms(event("t1", "Stopped", "ENDED"));
        assertThat(progress.awaitDone(Duration.ZERO)).as("one request not answered yet").isFalse();

        progress.started("trtc", "t2", "trtc-2.json");
        progress.fromKafka(event("t2", "Stopped", "ENDED"));
        assertThat(progress.awaitDone(Duration.ZERO)).as("t2 not yet ended on JMS").isFalse();
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("tasks 2: 0 pending, 1 running, 1 ended");

        progress.fromJms(event("t2", "Stopped", "ENDED"));
        assertThat(progress.awaitDone(Duration.ZERO)).isTrue();
        assertThat(progress.summary().tasks()).extracting(TaskProgress.TaskRecord::statuses)
                .containsExactly(java.util.List.of("Stopped"), java.util.List.of("Stopped"));
    }

    @Test
    void aFailedStartCountsAsAnsweredAndEventsOfOtherTasksAreNotCounted() throws Exception {
        progress.startFailed("trtc-1.json", "MissingParameter");
        progress.fromKafka(event("someone-elses", "InProgress", "RUNNING"));
        progress.started("trtc", "t2", "trtc-2.json");
        assertThat(progress.awaitDone(Duration.ZERO)).isFalse();

        progress.fromKafka(event("t2", "Stopped", "ENDED"));
        progress.fromJms(event("t2", "Stopped", "ENDED"));

        assertThat(progress.awaitDone(Duration.ZERO)).isTrue();
        assertThat(progress.summary().tasks()).extracting(TaskProgress.TaskRecord::taskId).containsExactly("t2");
        assertThat(progress.summary().failedRequests()).extracting(TaskProgress.FailedRequest::requestFile)
                .containsExactly("trtc-1.json");
    }

    @Test
    void anEventThatOvertakesTheStartReplyIsKeptForThatTask() {
        progress.fromKafka(event("t1", "Idle", "PENDING"));
        progress.started("trtc", "t1", "trtc-1.json");

        assertThat(progress.summary().tasks()).singleElement()
                .satisfies(t -> assertThat(t.statuses()).containsExactly("Idle"));
    }
}
