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
package dev.camelrtc.support.tasks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskTrackerTest {

    private static final TaskStatusModel STATUSES = s -> switch (s) {
        case "Idle" -> TaskState.PENDING;
        case "Stopped", TaskStatusModel.NOT_FOUND -> TaskState.ENDED;
        default -> TaskState.RUNNING;
    };

    private final AtomicLong now = new AtomicLong(5_000_000_000L);
    private final TrackingSettings settings = new TrackingSettings(false, Duration.ofSeconds(10), Duration.ofSeconds(1),
            Duration.ofSeconds(8), Duration.ofSeconds(30));

    private TaskTracker tracker(TaskStore store) {
        return new TaskTracker(STATUSES, settings, store, () -> "key", now::get);
    }

    private static TaskObservation seen(String id, String status) {
        return TaskObservation.of(id, status, "body-" + status, "req");
    }

    private static TaskEvent deliver(TaskTracker tracker, TaskObservation observation) {
        TaskEvent event = tracker.observe(observation).orElseThrow();
        tracker.delivered(event);
        return event;
    }

    @Test
    void emitsFirstSightingAndEachChangeOnceThenTheEnd() {
        TaskTracker tracker = tracker(null);
        tracker.follow("t1", Map.of("SdkAppId", "1"));

        TaskEvent first = deliver(tracker, seen("t1", "Idle"));
        Optional<TaskEvent> same = tracker.observe(seen("t1", "Idle"));
        TaskEvent running = deliver(tracker, seen("t1", "InProgress"));
        TaskEvent stopped = deliver(tracker, seen("t1", "Stopped"));

        assertThat(first).extracting(TaskEvent::status, TaskEvent::previousStatus, TaskEvent::state, TaskEvent::ended)
                .containsExactly("Idle", null, TaskState.PENDING, false);
        assertThat(same).isEmpty();
        assertThat(running.previousStatus()).isEqualTo("Idle");
        assertThat(running.body()).isEqualTo("body-InProgress");
        assertThat(stopped).extracting(TaskEvent::state, TaskEvent::ended).containsExactly(TaskState.ENDED, true);
        assertThat(tracker.isFollowing("t1")).isFalse();
    }

    @Test
    void aFailedDeliveryIsDeliveredAgainAndAnInFlightStatusIsNotRepeated() {
        TaskTracker tracker = tracker(null);
        tracker.follow("t1", null);
        TaskEvent attempt = tracker.observe(seen("t1", "InProgress")).orElseThrow();

        assertThat(tracker.observe(seen("t1", "InProgress"))).as("still in flight").isEmpty();
        tracker.deliveryFailed(attempt);
        TaskEvent retry = tracker.observe(seen("t1", "InProgress")).orElseThrow();

        assertThat(retry.previousStatus()).isNull();
        tracker.delivered(retry);
        assertThat(tracker.deliveredStatuses()).containsEntry("t1", "InProgress");
    }

    @Test
    void aTaskHasOneEventInFlightAtATimeSoCompletionsCannotComeOutOfOrder() {
        TaskTracker tracker = tracker(null);
        tracker.follow("t1", null);
        TaskEvent idle = tracker.observe(seen("t1", "Idle")).orElseThrow();

        assertThat(tracker.observe(seen("t1", "InProgress"))).as("Idle still in flight").isEmpty();
        tracker.delivered(idle);
        TaskEvent running = tracker.observe(seen("t1", "InProgress")).orElseThrow();

        assertThat(running.previousStatus()).isEqualTo("Idle");
        tracker.delivered(running);
        assertThat(tracker.deliveredStatuses()).containsEntry("t1", "InProgress");
    }

    @Test
    void everyPollModeEmitsUnchangedStatusesToo() {
        TaskTracker tracker = new TaskTracker(STATUSES, new TrackingSettings(true, Duration.ZERO, Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(1)), null, () -> "key", now::get);
        tracker.follow("t1", null);
        deliver(tracker, seen("t1", "InProgress"));

        assertThat(tracker.observe(seen("t1", "InProgress"))).isPresent();
    }

    @Test
    void anUnconfirmedTaskTheApiNeverKnowsIsForgottenWithoutAnEnd() {
        TaskTracker tracker = tracker(null);
        tracker.follow("other-family", Map.of(FollowRegistry.UNCONFIRMED, "true"));
        tracker.follow("mine", Map.of(FollowRegistry.UNCONFIRMED, "true"));

        assertThat(tracker.observe(TaskObservation.notFound("other-family", "r"))).isEmpty();
        deliver(tracker, seen("mine", "InProgress"));
        now.addAndGet(Duration.ofSeconds(11).toNanos());

        assertThat(tracker.observe(TaskObservation.notFound("other-family", "r"))).isEmpty();
        assertThat(tracker.isFollowing("other-family")).isFalse();
        assertThat(tracker.observe(TaskObservation.notFound("mine", "r"))).get().extracting(TaskEvent::ended)
                .isEqualTo(true);
    }

    @Test
    void aTaskNeverSeenIsGivenUpOnlyAfterTheGraceAndAVanishedOneEndsAtOnce() {
        TaskTracker tracker = tracker(null);
        tracker.follow("new", null);
        tracker.follow("seen", null);
        deliver(tracker, seen("seen", "InProgress"));

        assertThat(tracker.observe(TaskObservation.notFound("new", "r"))).isEmpty();
        TaskEvent vanished = tracker.observe(TaskObservation.notFound("seen", "r")).orElseThrow();
        now.addAndGet(Duration.ofSeconds(11).toNanos());
        TaskEvent givenUp = tracker.observe(TaskObservation.notFound("new", "r")).orElseThrow();

        assertThat(vanished).extracting(TaskEvent::status, TaskEvent::previousStatus, TaskEvent::ended)
                .containsExactly(TaskStatusModel.NOT_FOUND, "InProgress", true);
        assertThat(givenUp).extracting(TaskEvent::status, TaskEvent::ended).containsExactly(TaskStatusModel.NOT_FOUND, true);
    }

    @Test
    void failingTasksBackOffLogOncePerStreakAndAreReportedOnceAfterTheThreshold() {
        TaskTracker tracker = tracker(null);
        tracker.follow("bad", null);
        tracker.follow("good", null);

        assertThat(tracker.due(10)).hasSize(2);
        assertThat(tracker.readFailed("bad")).isEqualTo(TaskTracker.FailureOutcome.STREAK_STARTED);
        assertThat(tracker.due(10)).extracting(TaskTracker.DueTask::taskId).containsExactly("good");
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(tracker.due(10)).extracting(TaskTracker.DueTask::taskId).contains("bad");
        assertThat(tracker.readFailed("bad")).isEqualTo(TaskTracker.FailureOutcome.QUIET);
        now.addAndGet(Duration.ofSeconds(31).toNanos());
        assertThat(tracker.readFailed("bad")).isEqualTo(TaskTracker.FailureOutcome.REPORT);
        assertThat(tracker.readFailed("bad")).isEqualTo(TaskTracker.FailureOutcome.QUIET);
        assertThat(tracker.failureStreak("bad")).isEqualTo(4);

        deliver(tracker, seen("bad", "InProgress"));
        assertThat(tracker.failureStreak("bad")).isZero();
        assertThat(tracker.readFailed("bad")).isEqualTo(TaskTracker.FailureOutcome.STREAK_STARTED);
    }

    @Test
    void dueTasksRotateLeastRecentlyPolledFirst() {
        TaskTracker tracker = tracker(null);
        for (int i = 0; i < 5; i++) {
            tracker.follow("t" + i, null);
        }
        List<String> firstPoll = tracker.due(2).stream().map(TaskTracker.DueTask::taskId).toList();
        now.addAndGet(1000);
        List<String> secondPoll = tracker.due(2).stream().map(TaskTracker.DueTask::taskId).toList();
        now.addAndGet(1000);
        List<String> thirdPoll = tracker.due(2).stream().map(TaskTracker.DueTask::taskId).toList();

        assertThat(firstPoll).containsExactly("t0", "t1");
        assertThat(secondPoll).containsExactly("t2", "t3");
        assertThat(thirdPoll).containsExactly("t4", "t0");
    }

    @Test
    void stateSurvivesInAStateRepository() throws Exception {
        MemoryStateRepository repository = new MemoryStateRepository();
        repository.start();
        TaskTracker before = tracker(new StateRepositoryTaskStore(repository));
        before.follow("t1", Map.of("SdkAppId", "7"));
        before.follow("t2", null);
        deliver(before, seen("t1", "InProgress"));
        TaskEvent notDelivered = before.observe(seen("t2", "Idle")).orElseThrow();
        before.flush();

        TaskTracker after = tracker(new StateRepositoryTaskStore(repository));
        after.load();

        assertThat(notDelivered.status()).isEqualTo("Idle");
        assertThat(after.deliveredStatuses()).containsEntry("t1", "InProgress").containsEntry("t2", null);
        assertThat(after.due(10)).filteredOn(t -> t.taskId().equals("t1")).singleElement()
                .satisfies(t -> assertThat(t.attributes()).containsEntry("SdkAppId", "7"));
        assertThat(after.observe(seen("t1", "InProgress"))).isEmpty();
        assertThat(after.observe(seen("t2", "Idle"))).isPresent();
    }

    /** A store on a database that may hang (no answer until its pool gives up) or refuse writes. */
    private static final class SlowStore implements TaskStore {
        final Map<String, StoredTask> rows = new ConcurrentHashMap<>();
        final CountDownLatch answering = new CountDownLatch(1);
        final CountDownLatch writeWaiting = new CountDownLatch(1);
        final AtomicBoolean hanging = new AtomicBoolean();
        final AtomicBoolean refusing = new AtomicBoolean();

        @Override
        public List<StoredTask> load(String key) {
            answer();
            return new ArrayList<>(rows.values());
        }

        @Override
        public void put(String key, StoredTask task) {
            answer();
            rows.merge(task.taskId(), task, (old, now) -> now.deliveredStatus() == null
                    ? new StoredTask(now.taskId(), old.deliveredStatus(), now.attributes()) : now);
        }

        @Override
        public void remove(String key, String taskId) {
            answer();
            rows.remove(taskId);
        }

        private void answer() {
            if (hanging.get()) {
                writeWaiting.countDown();
                try {
                    answering.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (refusing.get()) {
                throw new IllegalStateException("database refuses writes");
            }
        }
    }

    /**
     * A store that hangs holds only the thread writing to it: producers posting follow requests (from their completion
     * threads) and the consumer's observations go on.
     */
    @Test
    void aHangingStoreHoldsOnlyTheWritingThread() throws Exception {
        SlowStore store = new SlowStore();
        TaskTracker tracker = tracker(store);
        tracker.follow("t0", Map.of());
        tracker.flush();
        TaskEvent running = tracker.observe(seen("t0", "InProgress")).orElseThrow();
        store.hanging.set(true);
        CompletableFuture<Void> completing = CompletableFuture.runAsync(() -> tracker.delivered(running));
        assertThat(store.writeWaiting.await(30, TimeUnit.SECONDS)).as("the completing thread writes").isTrue();

        CompletableFuture<Integer> producers = CompletableFuture.supplyAsync(() -> {
            int returned = 0;
            for (int i = 1; i <= 100; i++) {
                tracker.follow("t" + i, Map.of("SdkAppId", "7"));
                returned++;
            }
            tracker.unfollow("t100");
            return returned;
        });
        int followsReturned = producers.get(30, TimeUnit.SECONDS);
        int observed = (int) tracker.all().stream()
                .filter(t -> tracker.observe(seen(t.taskId(), "Idle")).isPresent()).count();
        boolean writerStillWaiting = !completing.isDone();
        store.answering.countDown();
        completing.get(30, TimeUnit.SECONDS);
        tracker.flush();

        System.out.printf("hanging store: %d follows returned and %d tasks observed while a write waited, %d rows"
                          + " once it answered%n", followsReturned, observed, store.rows.size());
        assertThat(writerStillWaiting).isTrue();
        assertThat(followsReturned).isEqualTo(100);
        assertThat(observed).as("t1..t99 get their first event; t0 waits for its status to be recorded").isEqualTo(99);
        assertThat(store.rows).hasSize(100).containsEntry("t0", new TaskStore.StoredTask("t0", "InProgress", Map.of()));
    }

    /**
     * A store that hangs in a load (a leader's first poll) holds only the loading thread: producers following tasks go
     * on, and the loaded tasks are merged with theirs once it answers.
     */
    @Test
    void aHangingLoadHoldsOnlyTheLoadingThread() throws Exception {
        SlowStore store = new SlowStore();
        store.rows.put("stored", new TaskStore.StoredTask("stored", "InProgress", Map.of()));
        TaskTracker tracker = tracker(store);
        store.hanging.set(true);
        CompletableFuture<Void> loading = CompletableFuture.runAsync(tracker::load);
        assertThat(store.writeWaiting.await(30, TimeUnit.SECONDS)).as("the poll thread loads").isTrue();

        CompletableFuture<Integer> producers = CompletableFuture.supplyAsync(() -> {
            int returned = 0;
            for (int i = 1; i <= 100; i++) {
                tracker.follow("t" + i, Map.of());
                returned++;
            }
            return returned;
        });
        int followsReturned = producers.get(30, TimeUnit.SECONDS);
        boolean loadStillWaiting = !loading.isDone();
        store.hanging.set(false);
        store.answering.countDown();
        loading.get(30, TimeUnit.SECONDS);

        System.out.printf("hanging load: %d follows returned while the load waited, %d tasks followed after it%n",
                followsReturned, tracker.size());
        assertThat(loadStillWaiting).isTrue();
        assertThat(followsReturned).isEqualTo(100);
        assertThat(tracker.size()).as("the 100 followed meanwhile and the stored one").isEqualTo(101);
        assertThat(tracker.deliveredStatuses()).containsEntry("stored", "InProgress");
    }

    /** A delivered status the store refused is written by the next flush before the task gets another event. */
    @Test
    void aStatusIsRecordedBeforeTheTaskGetsItsNextEvent() {
        SlowStore store = new SlowStore();
        TaskTracker tracker = tracker(store);
        tracker.follow("t1", Map.of());
        tracker.flush();
        store.refusing.set(true);
        deliver(tracker, seen("t1", "InProgress"));

        Optional<TaskEvent> whileUnrecorded = tracker.observe(seen("t1", "Stopped"));
        assertThatThrownBy(tracker::flush).hasMessageContaining("refuses");
        store.refusing.set(false);
        tracker.flush();

        assertThat(whileUnrecorded).isEmpty();
        assertThat(store.rows.get("t1").deliveredStatus()).isEqualTo("InProgress");
        assertThat(tracker.observe(seen("t1", "Stopped"))).get().extracting(TaskEvent::previousStatus)
                .isEqualTo("InProgress");
    }

    @Test
    void followingTenThousandTasksStaysCheap() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        TaskTracker tracker = tracker(null);
        for (int i = 0; i < 10_000; i++) {
            tracker.follow("task-" + i + "-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", Map.of("SdkAppId", "1400000000"));
        }
        for (TaskTracker.DueTask task : tracker.all()) {
            tracker.delivered(tracker.observe(seen(task.taskId(), "InProgress")).orElseThrow());
        }
        System.gc();
        long after = runtime.totalMemory() - runtime.freeMemory();
        long perTask = (after - before) / 10_000;

        System.out.printf("tracker memory: 10000 tasks, about %d bytes per task (%d KiB in all)%n", perTask,
                (after - before) / 1024);
        assertThat(tracker.size()).isEqualTo(10_000);
        assertThat(after - before).as("bytes for 10,000 followed tasks").isLessThan(20L * 1024 * 1024);
    }
}
