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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelrtc.support.tasks.EndClaims.Claim;
import dev.camelrtc.support.tasks.EndClaims.Side;
import dev.camelrtc.support.tasks.FollowBoard;
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
    private final List<HikariDataSource> pools = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopAll() {
        started.forEach(JdbcStateRepository::stop);
        pools.forEach(HikariDataSource::close);
    }

    private JdbcStateRepository repository() {
        return repository(DB.dataSource());
    }

    private JdbcStateRepository repository(DataSource dataSource) {
        JdbcStateRepository repository = new JdbcStateRepository(dataSource);
        repository.start();
        started.add(repository);
        return repository;
    }

    /** A pool whose connections see only this schema and, as some applications configure them, do not auto-commit. */
    private DataSource withoutAutoCommit(String schema) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(DB.url() + "&currentSchema=" + schema);
        config.setUsername(DB.user());
        config.setPassword(DB.password());
        config.setAutoCommit(false);
        config.setMaximumPoolSize(2);
        HikariDataSource pool = new HikariDataSource(config);
        pools.add(pool);
        return pool;
    }

    private static void execute(String... statements) throws SQLException {
        try (Connection connection = DB.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
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

    /**
     * A follow request whose transaction commits after a later request's is read by the next read, although the read
     * before saw the later one: the cursor is the oldest transaction running at the read, not the newest request.
     */
    @Test
    void aRequestCommittedAfterALaterOneIsReadNextTime() throws Exception {
        JdbcStateRepository board = repository();
        board.read("family", 0); // creates the tables
        List<String> firstRead;
        List<String> secondRead;
        try (Connection slow = DB.dataSource().getConnection()) {
            slow.setAutoCommit(false);
            try (Statement statement = slow.createStatement()) {
                statement.execute("INSERT INTO " + JdbcStateRepository.FOLLOW_TABLE
                                  + " (family, task_id, follow) VALUES ('family', 'slow', true)");
            }
            board.post("family", "fast", true, Map.of("SdkAppId", "9"));
            FollowBoard.Page first = board.read("family", 0);
            firstRead = first.requests().stream().map(FollowBoard.Request::taskId).toList();
            slow.commit();
            secondRead = board.read("family", first.cursor()).requests().stream().map(FollowBoard.Request::taskId)
                    .toList();
            assertThat(first.requests()).singleElement().satisfies(r -> {
                assertThat(r.follow()).isTrue();
                assertThat(r.attributes()).containsEntry("SdkAppId", "9");
            });
        }
        System.out.println("follow board: first read " + firstRead + ", after the slow transaction committed "
                           + secondRead);
        assertThat(firstRead).containsExactly("fast");
        assertThat(secondRead).contains("slow");
    }

    /**
     * Posters on four connections and a reader following the cursor at the same time: every request is read, the last
     * state of each task (unfollowed or followed) is what the reader ends with, and a withdrawn request is not read
     * again.
     */
    @Test
    void concurrentPostersAndAReaderLoseNoRequest() throws Exception {
        int posters = 4;
        int perPoster = 50;
        ExecutorService pool = Executors.newFixedThreadPool(posters);
        List<Future<?>> posting = new ArrayList<>();
        for (int p = 0; p < posters; p++) {
            JdbcStateRepository board = repository();
            String poster = "p" + p;
            posting.add(pool.submit((Callable<Void>) () -> {
                for (int i = 0; i < perPoster; i++) {
                    board.post("concurrent", poster + "-" + i, true, Map.of());
                    if (i % 5 == 0) {
                        board.post("concurrent", poster + "-" + i, false, Map.of());
                    }
                }
                return null;
            }));
        }
        JdbcStateRepository reader = repository();
        Map<String, Boolean> following = new HashMap<>();
        long cursor = 0;
        int reads = 0;
        while (reads == 0 || posting.stream().anyMatch(f -> !f.isDone())) {
            FollowBoard.Page page = reader.read("concurrent", cursor);
            page.requests().forEach(r -> following.put(r.taskId(), r.follow()));
            cursor = page.cursor();
            reads++;
        }
        for (Future<?> poster : posting) {
            poster.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
        Map<String, Long> versions = new java.util.HashMap<>();
        reader.read("concurrent", 0).requests().forEach(r -> versions.put(r.taskId(), r.version()));
        reader.read("concurrent", cursor).requests().forEach(r -> following.put(r.taskId(), r.follow()));
        reader.withdraw("concurrent", "p0-1", versions.get("p0-1"));

        long followed = following.values().stream().filter(f -> f).count();
        long unfollowed = following.size() - followed;
        System.out.println("follow board: " + posters + " posters, " + posters * perPoster + " tasks, " + reads
                           + " reads, " + following.size() + " read (" + followed + " followed, " + unfollowed
                           + " unfollowed), " + (posters * perPoster - following.size()) + " lost");
        assertThat(following).hasSize(posters * perPoster);
        assertThat(unfollowed).isEqualTo(posters * perPoster / 5);
        assertThat(reader.read("concurrent", 0).requests()).extracting(FollowBoard.Request::taskId)
                .hasSize(posters * perPoster - 1).doesNotContain("p0-1");
        assertThat(reader.read("other", 0).requests()).isEmpty();
    }

    /**
     * A withdrawal deletes only the request that was read: a later follow request for the same task, posted meanwhile
     * by another instance, stays on the board.
     */
    @Test
    void aWithdrawalLeavesALaterRequestForTheSameTask() {
        JdbcStateRepository leader = repository();
        JdbcStateRepository producer = repository();
        producer.post("versions", "again", true, Map.of());
        FollowBoard.Request read = leader.read("versions", 0).requests().get(0);
        producer.post("versions", "again", true, Map.of("SdkAppId", "8"));

        leader.withdraw("versions", "again", read.version());

        List<FollowBoard.Request> left = leader.read("versions", 0).requests();
        System.out.println("withdrawal of version " + read.version() + " after a later post: " + left);
        assertThat(left).singleElement().satisfies(r -> {
            assertThat(r.attributes()).containsEntry("SdkAppId", "8");
            assertThat(r.version()).isGreaterThan(read.version());
        });
    }

    /**
     * An end's withdrawal and the ended task's removal are one transaction: when it fails, both the request and the
     * task row stay (a leader taking over follows the task from its stored state); when it succeeds both are gone.
     */
    @Test
    void anEndWithdrawsTheRequestAndRemovesTheTaskTogether() throws Exception {
        JdbcStateRepository leader = repository();
        leader.post("together", "ended", true, Map.of());
        leader.put("leader-key", new StoredTask("ended", "InProgress", Map.of()));
        FollowBoard.Request read = leader.read("together", 0).requests().get(0);
        execute("CREATE OR REPLACE FUNCTION camel_rtc_refuse() RETURNS trigger LANGUAGE plpgsql AS"
                + " $$ BEGIN RAISE EXCEPTION 'task rows are read-only'; END $$",
                "CREATE TRIGGER camel_rtc_refuse BEFORE DELETE ON " + JdbcStateRepository.TASK_TABLE
                + " FOR EACH ROW EXECUTE FUNCTION camel_rtc_refuse()");
        try {
            assertThatThrownBy(() -> leader.withdrawAndRemove("together", "ended", read.version(), "leader-key"))
                    .hasMessageContaining("withdraw task ended of family together");
        } finally {
            execute("DROP TRIGGER camel_rtc_refuse ON " + JdbcStateRepository.TASK_TABLE);
        }
        int requestsAfterFailure = leader.read("together", 0).requests().size();
        int tasksAfterFailure = leader.load("leader-key").size();
        leader.withdrawAndRemove("together", "ended", read.version(), "leader-key");

        System.out.printf("end refused: %d request and %d task left; end done: %d and %d%n", requestsAfterFailure,
                tasksAfterFailure, leader.read("together", 0).requests().size(), leader.load("leader-key").size());
        assertThat(requestsAfterFailure).isEqualTo(1);
        assertThat(tasksAfterFailure).isEqualTo(1);
        assertThat(leader.read("together", 0).requests()).isEmpty();
        assertThat(leader.load("leader-key")).isEmpty();
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

    /**
     * A tracker loading again (a consumer started again) takes the store as it is: it forgets the tasks another
     * instance ended and removed meanwhile, and keeps the changes it could not write yet.
     */
    @Test
    void aTrackerLoadingAgainForgetsTheTasksAnotherInstanceEnded() {
        TaskStatusModel statuses = s -> "Stopped".equals(s) ? TaskState.ENDED : TaskState.RUNNING;
        TrackingSettings settings = new TrackingSettings(false, Duration.ofSeconds(10), Duration.ofSeconds(1),
                Duration.ofSeconds(8), Duration.ofSeconds(30));
        TaskTracker first = new TaskTracker(statuses, settings, repository(), () -> "leadership");
        List.of("t1", "t2", "t3").forEach(id -> first.follow(id, Map.of()));
        first.flush(); // the consumer's poll writes the follows
        first.delivered(first.observe(TaskObservation.of("t1", "InProgress", null, "r1")).orElseThrow());

        TaskTracker other = new TaskTracker(statuses, settings, repository(), () -> "leadership");
        other.load();
        other.delivered(other.observe(TaskObservation.of("t1", "Stopped", null, "r2")).orElseThrow());
        other.delivered(other.observe(TaskObservation.of("t2", "Stopped", null, "r3")).orElseThrow());
        first.load();

        long endsAgain = List.of("t1", "t2").stream()
                .filter(id -> first.observe(TaskObservation.of(id, "Stopped", null, "r4")).isPresent()).count();
        System.out.println("tracker loading again: 2 tasks ended by another instance, " + endsAgain
                           + " ends the first would deliver again, following " + first.deliveredStatuses().keySet());
        assertThat(endsAgain).isZero();
        assertThat(first.deliveredStatuses()).containsOnlyKeys("t3");
    }

    @Test
    void aTaskEndIsClaimedByTheSideThatClaimsFirstUntilItIsGivenBack() {
        JdbcStateRepository one = repository();
        JdbcStateRepository other = repository();

        assertThat(one.claimEnd("pushed", Side.PUSH)).isEqualTo(Claim.CLAIMED);
        assertThat(other.claimEnd("pushed", Side.POLL)).as("push in flight").isEqualTo(Claim.OTHER_IN_FLIGHT);
        one.endDone("pushed", Side.PUSH, true);
        assertThat(other.claimEnd("pushed", Side.POLL)).isEqualTo(Claim.OTHER_DELIVERED);

        assertThat(other.claimEnd("polled", Side.POLL)).isEqualTo(Claim.CLAIMED);
        assertThat(one.claimEnd("polled", Side.POLL)).as("polling consumers share a claim").isEqualTo(Claim.CLAIMED);
        assertThat(one.claimEnd("polled", Side.PUSH)).isEqualTo(Claim.OTHER_IN_FLIGHT);

        assertThat(one.claimEnd("failed", Side.PUSH)).isEqualTo(Claim.CLAIMED);
        one.endDone("failed", Side.PUSH, false);
        assertThat(other.claimEnd("failed", Side.POLL)).as("given back").isEqualTo(Claim.CLAIMED);
        other.endDone("failed", Side.POLL, true);
        one.endDone("failed", Side.PUSH, false); // a late give-back of the other side changes nothing
        assertThat(one.claimEnd("failed", Side.PUSH)).isEqualTo(Claim.OTHER_DELIVERED);
    }

    @Test
    void aClaimNeverDeliveredIsTakenOverAfterTheTimeoutAndOldClaimsAreDeleted() throws Exception {
        JdbcStateRepository repository = repository();
        assertThat(repository.claimEnd("crashed", Side.PUSH)).isEqualTo(Claim.CLAIMED);
        assertThat(repository.claimEnd("delivered", Side.PUSH)).isEqualTo(Claim.CLAIMED);
        repository.endDone("delivered", Side.PUSH, true);
        execute("UPDATE " + JdbcStateRepository.END_TABLE + " SET claimed_at = now() - INTERVAL '11 minutes'");

        assertThat(repository.claimEnd("crashed", Side.POLL)).isEqualTo(Claim.CLAIMED);
        assertThat(repository.claimEnd("delivered", Side.POLL)).isEqualTo(Claim.OTHER_DELIVERED);

        execute("UPDATE " + JdbcStateRepository.END_TABLE + " SET claimed_at = now() - INTERVAL '8 days'"
                + " WHERE task_id = 'delivered'");
        JdbcStateRepository restarted = repository(); // cleans up at its first claim
        assertThat(restarted.claimEnd("new", Side.POLL)).isEqualTo(Claim.CLAIMED);
        assertThat(endClaims()).containsOnlyKeys("crashed", "new");
    }

    /**
     * The push sides of three instances (each task's stop callback reaches one of them) racing the leader's poll side
     * for the same ends: each end is delivered once. Both sides try again while the other is in flight, as the
     * consumers do (the poll at its next poll, the push when the cloud delivers the callback again), and the first
     * holder of every third end fails its exchange and gives the claim back, so that give-backs are raced too.
     */
    @Test
    void racingSidesOfSeveralInstancesDeliverEachEndOnce() throws Exception {
        int tasks = 200;
        List<JdbcStateRepository> instances = List.of(repository(), repository(), repository());
        Map<String, List<Side>> delivered = new ConcurrentHashMap<>();
        Set<String> failedOnce = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> racers = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            int replica = r;
            JdbcStateRepository instance = instances.get(r % 3);
            Side side = r == 3 ? Side.POLL : Side.PUSH;
            racers.add(pool.submit((Callable<Void>) () -> {
                for (int t = 0; t < tasks; t++) {
                    if (side == Side.PUSH && t % 3 != replica) {
                        continue;
                    }
                    String taskId = "race-" + t;
                    Claim claim;
                    do {
                        claim = instance.claimEnd(taskId, side);
                        if (claim == Claim.CLAIMED) {
                            boolean ok = t % 3 != 0 || !failedOnce.add(taskId);
                            if (ok) {
                                delivered.computeIfAbsent(taskId, id -> new CopyOnWriteArrayList<>()).add(side);
                            }
                            instance.endDone(taskId, side, ok);
                            if (ok) {
                                break;
                            }
                        }
                        Thread.onSpinWait();
                    } while (claim != Claim.OTHER_DELIVERED);
                }
                return null;
            }));
        }
        for (Future<?> racer : racers) {
            racer.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        long duplicates = delivered.values().stream().filter(sides -> sides.size() > 1).count();
        long lost = tasks - delivered.size();
        System.out.printf("end claims: %d tasks, %d ends delivered, %d duplicate ends, %d lost%n", tasks,
                delivered.size(), duplicates, lost);
        assertThat(duplicates).isZero();
        assertThat(lost).isZero();
        Map<String, Boolean> claims = endClaims();
        claims.keySet().removeIf(taskId -> !taskId.startsWith("race-"));
        assertThat(claims).hasSize(tasks).allSatisfy((taskId, isDelivered) -> assertThat(isDelivered).isTrue());
    }

    private static Map<String, Boolean> endClaims() throws SQLException {
        Map<String, Boolean> claims = new HashMap<>();
        try (Connection connection = DB.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT task_id, delivered FROM "
                                                              + JdbcStateRepository.END_TABLE)) {
            while (rows.next()) {
                claims.put(rows.getString(1), rows.getBoolean(2));
            }
        }
        return claims;
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
    void severalInstancesUsedAtOnceAllFindTheirTables() throws Exception {
        execute("DROP TABLE IF EXISTS " + JdbcStateRepository.TASK_TABLE + ", " + JdbcStateRepository.STATE_TABLE);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<StoredTask>>> firstUses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String taskId = "first-use-" + i;
            firstUses.add(pool.submit(() -> {
                JdbcStateRepository repository = repository();
                repository.put("first-use", new StoredTask(taskId, null, Map.of()));
                return repository.load("first-use");
            }));
        }
        for (Future<List<StoredTask>> firstUse : firstUses) {
            assertThat(firstUse.get(1, TimeUnit.MINUTES)).isNotEmpty();
        }
        pool.shutdown();
        assertThat(repository().load("first-use")).hasSize(4);
    }

    /**
     * A role that may not create tables in its schema (least privilege) uses the tables that exist: PostgreSQL checks
     * that privilege even for CREATE TABLE IF NOT EXISTS, so nothing is created when the tables are there.
     */
    @Test
    void aRoleThatMayNotCreateTablesUsesTheExistingOnes() throws Exception {
        execute("CREATE SCHEMA granted");
        DataSource granted = withoutAutoCommit("granted");
        repository(granted).put("privileges", new StoredTask("t1", "InProgress", Map.of()));
        execute("REVOKE CREATE ON SCHEMA granted FROM " + DB.user());

        JdbcStateRepository leastPrivilege = repository(granted);
        leastPrivilege.put("privileges", new StoredTask("t2", null, Map.of()));
        leastPrivilege.setState("offsets", "3");

        assertThat(byId(leastPrivilege.load("privileges"))).containsOnlyKeys("t1", "t2");
        assertThat(leastPrivilege.getState("offsets")).isEqualTo("3");
    }

    /**
     * A create that fails on a connection without auto-commit is rolled back before it is tried again: the error is
     * the database's reason, not "current transaction is aborted".
     */
    @Test
    void aCreateThatFailsWithoutAutoCommitIsRolledBackBeforeTheRetry() throws Exception {
        execute("CREATE SCHEMA bare", "REVOKE CREATE ON SCHEMA bare FROM " + DB.user());
        JdbcStateRepository repository = repository(withoutAutoCommit("bare"));

        assertThatThrownBy(() -> repository.load("bare"))
                .hasMessageStartingWith("JdbcStateRepository cannot load the tasks of 'bare'")
                .hasMessageContaining("permission denied for schema bare")
                .hasMessageNotContaining("transaction is aborted");
    }

    @Test
    void startingWithoutADataSourceNamesTheOption() {
        assertThatThrownBy(() -> new JdbcStateRepository().start())
                .hasMessageContaining("JdbcStateRepository: the dataSource option is required");
    }
}
