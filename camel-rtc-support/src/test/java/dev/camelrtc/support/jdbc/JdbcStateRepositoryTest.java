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
package dev.camelrtc.support.jdbc;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelrtc.support.tasks.TaskEvent;
import dev.camelrtc.support.tasks.TaskObservation;
import dev.camelrtc.support.tasks.TaskState;
import dev.camelrtc.support.tasks.TaskStatusModel;
import dev.camelrtc.support.tasks.TaskStore.StoredTask;
import dev.camelrtc.support.tasks.TaskTracker;
import dev.camelrtc.support.tasks.TrackingSettings;
import dev.camelrtc.support.testing.PostgresDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The task store contract of JdbcStateRepository on a real PostgreSQL database, and its key/value state. */
class JdbcStateRepositoryTest {

    @RegisterExtension
    static final PostgresDatabase DB = new PostgresDatabase();

    private final List<JdbcStateRepository> started = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopAll() {
        started.forEach(JdbcStateRepository::stop);
    }

    private JdbcStateRepository repository() {
        JdbcStateRepository repository = new JdbcStateRepository(DB.dataSource());
        repository.start();
        started.add(repository);
        return repository;
    }

    private static Map<String, StoredTask> byId(List<StoredTask> tasks) {
        return tasks.stream().collect(Collectors.toMap(StoredTask::taskId, t -> t));
    }

    @Test
    void putsRemovesAndLoadsTasksPerKey() {
        JdbcStateRepository store = repository();
        store.put("contract", new StoredTask("t1", null, Map.of("SdkAppId", "1400000001")));
        store.put("contract", new StoredTask("t2", "Idle", Map.of()));
        store.put("other", new StoredTask("t1", "Stopped", Map.of()));
        store.put("contract", new StoredTask("t1", "InProgress", Map.of("SdkAppId", "1400000001")));
        store.remove("contract", "t2");
        store.remove("contract", "never-stored");

        Map<String, StoredTask> tasks = byId(repository().load("contract"));

        assertThat(tasks).containsOnlyKeys("t1");
        assertThat(tasks.get("t1")).isEqualTo(new StoredTask("t1", "InProgress", Map.of("SdkAppId", "1400000001")));
        assertThat(store.load("other")).containsExactly(new StoredTask("t1", "Stopped", Map.of()));
        assertThat(store.load("nothing-here")).isEmpty();
    }

    @Test
    void followingATaskAgainDoesNotForgetItsDeliveredStatus() {
        JdbcStateRepository store = repository();
        store.put("again", new StoredTask("t1", "InProgress", Map.of()));
        store.put("again", new StoredTask("t1", null, Map.of("SdkAppId", "7")));

        assertThat(store.load("again")).containsExactly(new StoredTask("t1", "InProgress", Map.of("SdkAppId", "7")));
    }

    @Test
    void aFailedWriteNamesTheTaskAndLeavesTheOtherTasksAsTheyWere() {
        JdbcStateRepository store = repository();
        store.put("atomic", new StoredTask("t1", "InProgress", Map.of()));
        String tooLong = "x".repeat(600); // longer than the task_id column

        assertThatThrownBy(() -> store.put("atomic", new StoredTask(tooLong, "Idle", Map.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("JdbcStateRepository cannot record task " + tooLong + " of 'atomic'");
        assertThat(store.load("atomic")).containsExactly(new StoredTask("t1", "InProgress", Map.of()));
    }

    /** Two instances writing the same key at once: each task's row is its own, none is lost or resurrected. */
    @Test
    void concurrentWritersOnTheSameKeyKeepEachOthersTasks() throws Exception {
        int perWriter = 200;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> writers = new ArrayList<>();
        for (String writer : List.of("a", "b")) {
            JdbcStateRepository store = repository();
            writers.add(pool.submit((Callable<Void>) () -> {
                for (int i = 0; i < perWriter; i++) {
                    store.put("shared", new StoredTask(writer + i, null, Map.of("writer", writer)));
                    store.put("shared", new StoredTask(writer + i, "InProgress", Map.of("writer", writer)));
                    if (i % 2 == 1) {
                        store.remove("shared", writer + i);
                    }
                }
                return null;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        Map<String, StoredTask> tasks = byId(repository().load("shared"));
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < perWriter; i += 2) {
            expected.add("a" + i);
            expected.add("b" + i);
        }
        long lost = expected.stream().filter(id -> !tasks.containsKey(id)).count();
        long resurrected = tasks.keySet().stream().filter(id -> !expected.contains(id)).count();
        System.out.println("concurrent writers: 2 writers, " + 2 * perWriter + " tasks, " + expected.size()
                           + " kept, " + lost + " lost, " + resurrected + " resurrected");
        assertThat(lost).isZero();
        assertThat(resurrected).isZero();
        assertThat(tasks.values()).allSatisfy(t -> {
            assertThat(t.deliveredStatus()).isEqualTo("InProgress");
            assertThat(t.attributes()).containsEntry("writer", t.taskId().substring(0, 1));
        });
    }

    /** The tracker writes each change when it happens: another instance sees it without a flush. */
    @Test
    void aTrackerRecordsEachDeliveredStatusWhenItIsDelivered() {
        TaskStatusModel statuses = s -> "Stopped".equals(s) ? TaskState.ENDED : TaskState.RUNNING;
        TrackingSettings settings = new TrackingSettings(false, Duration.ofSeconds(10), Duration.ofSeconds(1),
                Duration.ofSeconds(8), Duration.ofSeconds(30));
        TaskTracker first = new TaskTracker(statuses, settings, repository(), () -> "tracker");
        first.follow("t1", Map.of("SdkAppId", "9"));
        first.follow("t2", null);
        TaskEvent running = first.observe(TaskObservation.of("t1", "InProgress", null, "r1")).orElseThrow();
        first.delivered(running);
        TaskEvent ended = first.observe(TaskObservation.of("t2", "Stopped", null, "r2")).orElseThrow();
        first.delivered(ended);

        TaskTracker next = new TaskTracker(statuses, settings, repository(), () -> "tracker");
        next.load();

        assertThat(next.deliveredStatuses()).containsOnly(Map.entry("t1", "InProgress"));
        assertThat(next.observe(TaskObservation.of("t1", "InProgress", null, "r3"))).isEmpty();
        assertThat(next.observe(TaskObservation.of("t1", "Stopped", null, "r4"))).get()
                .extracting(TaskEvent::previousStatus).isEqualTo("InProgress");
    }

    @Test
    void keepsKeyValueStateForOtherCamelUsers() {
        JdbcStateRepository repository = repository();
        repository.setState("offsets", "1");
        repository.setState("offsets", "2");

        assertThat(repository().getState("offsets")).isEqualTo("2");
        assertThat(repository.getState("absent")).isNull();
    }

    @Test
    void severalInstancesStartingAtOnceAllFindTheirTables() throws Exception {
        try (Connection connection = DB.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + JdbcStateRepository.TASK_TABLE + ", "
                              + JdbcStateRepository.STATE_TABLE);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<JdbcStateRepository>> starts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            starts.add(pool.submit(this::repository));
        }
        for (Future<JdbcStateRepository> start : starts) {
            assertThat(start.get(1, TimeUnit.MINUTES).isStarted()).isTrue();
        }
        pool.shutdown();
    }

    @Test
    void startingWithoutADataSourceNamesTheOption() {
        assertThatThrownBy(() -> new JdbcStateRepository().start())
                .hasMessageContaining("JdbcStateRepository: the dataSource option is required");
    }
}
