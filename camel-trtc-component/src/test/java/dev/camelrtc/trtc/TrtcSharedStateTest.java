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
package dev.camelrtc.trtc;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import com.zaxxer.hikari.HikariDataSource;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.StateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.ds.PGSimpleDataSource;

import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.support.jdbc.JdbcStateRepository;
import dev.camelrtc.support.tasks.FollowBoard;
import dev.camelrtc.support.testing.CamelContexts;
import dev.camelrtc.support.testing.DeliveredEvent;
import dev.camelrtc.support.testing.Ports;
import dev.camelrtc.support.testing.PostgresDatabase;
import dev.camelrtc.support.testing.TaskConsumerScenarios;
import dev.camelrtc.trtc.model.StartAITranscriptionResponse;

import static dev.camelrtc.support.testing.DeliveredEvent.of;
import static dev.camelrtc.support.testing.DeliveredEvent.sawStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Describe consumer with its followed tasks on PostgreSQL (JdbcStateRepository), handed from one instance on. */
class TrtcSharedStateTest {

    private static final String URI = "trtc:describeAITranscription?delay=50";

    @RegisterExtension
    static final RtcSimulatorExtension SIM = SimulatedTrtc.simulator(Duration.ofSeconds(30));

    @RegisterExtension
    static final PostgresDatabase DB = new PostgresDatabase();

    @RegisterExtension
    final CamelContexts contexts = new CamelContexts();

    @AfterEach
    void resetSimulator() {
        contexts.stopAll();
        SIM.simulator().reset();
    }

    private CamelContext camel(RouteBuilder routes) throws Exception {
        return contexts.start("trtc", SimulatedTrtc.component(SIM, 1400000078L), routes);
    }

    @Test
    void aSecondInstanceOnTheSameDatabaseContinuesWhereTheFirstStopped() throws Exception {
        new TaskConsumerScenarios(this::camel, URI, TrtcTaskConsumer.HEADERS, "InProgress", "Stopped",
                TrtcConsumerTest::start, TrtcConsumerTest::stop)
                .aSecondInstanceContinuesWhereTheFirstStopped(() -> new JdbcStateRepository(DB.dataSource()), 20);
    }

    /**
     * The at-least-once contract: an instance that dies after its route handled a status and before the store
     * recorded it (simulated by a store whose writes stop reaching the database, as a killed process's would) leaves
     * the previous status stored, so the next instance delivers that status again, once, chained to the stored one.
     */
    @Test
    void aCrashBetweenDeliveringAndRecordingDeliversThatStatusAgain() throws Exception {
        AtomicBoolean crashed = new AtomicBoolean();
        JdbcStateRepository dying = new JdbcStateRepository(DB.dataSource()) {
            @Override
            public void put(String key, StoredTask task) {
                if (!crashed.get()) {
                    super.put(key, task);
                }
            }

            @Override
            public void remove(String key, String taskId) {
                if (!crashed.get()) {
                    super.remove(key, taskId);
                }
            }
        };
        List<DeliveredEvent> beforeCrash = new CopyOnWriteArrayList<>();
        CamelContext first = camel(following(dying, beforeCrash, crashed));
        ProducerTemplate template = first.createProducerTemplate();
        String taskId = TrtcConsumerTest.start(template, "crash-1");
        await().atMost(Duration.ofSeconds(10)).until(() -> sawStatus(beforeCrash, taskId, "InProgress"));
        TrtcConsumerTest.stop(template, taskId);
        await().atMost(Duration.ofSeconds(10)).until(() -> of(beforeCrash, taskId).stream()
                .anyMatch(DeliveredEvent::ended));
        first.stop();

        List<DeliveredEvent> afterCrash = new CopyOnWriteArrayList<>();
        camel(following(new JdbcStateRepository(DB.dataSource()), afterCrash, new AtomicBoolean()));
        await().atMost(Duration.ofSeconds(10)).until(() -> of(afterCrash, taskId).stream()
                .anyMatch(DeliveredEvent::ended));

        System.out.println("crash between delivering and recording: before " + statuses(beforeCrash)
                           + ", after the restart " + statuses(afterCrash));
        assertThat(of(beforeCrash, taskId)).extracting(DeliveredEvent::status).containsExactly("InProgress", "Stopped");
        assertThat(of(afterCrash, taskId)).singleElement().satisfies(again -> {
            assertThat(again.status()).isEqualTo("Stopped");
            assertThat(again.previousStatus()).isEqualTo("InProgress");
            assertThat(again.ended()).isTrue();
        });
    }

    /**
     * While the database refuses writes, the consumer's polls fail (so it delivers nothing it could not record) and
     * the route still stops.
     */
    @Test
    void aStoreThatCannotBeWrittenFailsThePollsAndTheRouteStillStops() throws Exception {
        HikariDataSource pool = (HikariDataSource) DB.dataSource();
        JdbcStateRepository state = new JdbcStateRepository(pool);
        List<DeliveredEvent> events = new CopyOnWriteArrayList<>();
        List<Exception> pollFailures = new CopyOnWriteArrayList<>();
        CamelContext context = camel(failuresTo(pollFailures, state, "refused", events));
        pool.close(); // the database is gone
        String taskId = TrtcConsumerTest.start(context.createProducerTemplate(), "refused-1");

        await().atMost(Duration.ofSeconds(10)).until(() -> pollFailures.stream().anyMatch(
                f -> f.getMessage().startsWith("JdbcStateRepository cannot record task " + taskId)));
        assertThat(events).isEmpty();
        context.getRouteController().stopRoute("follow");
        assertThat(context.getRouteController().getRouteStatus("follow").isStopped()).isTrue();
    }

    /**
     * A consumer starting while the database is unreachable (as a replica elected leader then: nobody retries its
     * start) starts, its polls fail, and it delivers once the database answers.
     */
    @Test
    void aConsumerStartedWhileTheDatabaseIsUnreachableDeliversOnceItAnswers() throws Exception {
        try (Ports.ClosedPort closed = Ports.closed()) {
            PGSimpleDataSource database = new PGSimpleDataSource();
            database.setURL(DB.url().replaceFirst(":\\d+/", ":" + closed.port() + "/"));
            database.setUser(DB.user());
            database.setPassword(DB.password());
            List<DeliveredEvent> events = new CopyOnWriteArrayList<>();
            List<Exception> pollFailures = new CopyOnWriteArrayList<>();
            CamelContext context = camel(failuresTo(pollFailures, new JdbcStateRepository(database), "late", events));
            assertThat(context.getRouteController().getRouteStatus("follow").isStarted()).isTrue();
            String taskId = TrtcConsumerTest.start(context.createProducerTemplate(), "late-1");
            await().atMost(Duration.ofSeconds(10)).until(() -> !pollFailures.isEmpty());
            assertThat(events).isEmpty();

            database.setURL(DB.url());
            await().atMost(Duration.ofSeconds(30)).until(() -> sawStatus(events, taskId, "InProgress"));
            System.out.println("started while the database was unreachable: " + pollFailures.size()
                               + " failed polls, then " + events.size() + " event(s) delivered once it answered");
            assertThat(pollFailures.get(0)).hasMessageStartingWith("JdbcStateRepository cannot");
        }
    }

    /**
     * A consumer with the shared store follows the tasks started before it started, whether their producer posted them
     * to the shared store too (taken from there) or only to its CamelContext (taken from the registry in memory, as
     * without a shared store).
     */
    @Test
    void tasksStartedBeforeTheConsumerAreFollowedWhereverTheyWerePosted() throws Exception {
        JdbcStateRepository state = new JdbcStateRepository(DB.dataSource());
        List<DeliveredEvent> events = new CopyOnWriteArrayList<>();
        CamelContext context = camel(new RouteBuilder() {
            @Override
            public void configure() {
                getContext().getRegistry().bind("taskState", state);
                from(URI + "&stateRepository=#taskState&stateKey=started-before").routeId("follow").autoStartup(false)
                        .process(e -> events.add(DeliveredEvent.of(e, TrtcTaskConsumer.HEADERS)));
            }
        });
        ProducerTemplate template = context.createProducerTemplate();
        String inMemory = template.requestBody("trtc:startAITranscription", TrtcConsumerTest.transcription("memory-1"),
                StartAITranscriptionResponse.class).getTaskId();
        String shared = template.requestBody("trtc:startAITranscription?stateRepository=#taskState",
                TrtcConsumerTest.transcription("shared-1"), StartAITranscriptionResponse.class).getTaskId();
        List<String> onBoard = state.read(TrtcOperations.startAITranscription.family(), 0).requests().stream()
                .map(FollowBoard.Request::taskId).toList();

        context.getRouteController().startRoute("follow");
        await().atMost(Duration.ofSeconds(30)).until(() -> sawStatus(events, inMemory, "InProgress")
                                                             && sawStatus(events, shared, "InProgress"));
        long inProgress = events.stream().filter(e -> e.status().equals("InProgress")).count();
        System.out.println("started before the consumer: 2 tasks (" + onBoard.size() + " on the shared board), "
                           + inProgress + " InProgress events");
        assertThat(onBoard).containsExactly(shared);
        assertThat(inProgress).isEqualTo(2);
    }

    /**
     * A producer given the shared store posts each task it starts there; when the database refuses, the exchange still
     * succeeds with the started task (a redelivery must not start a second one), the refusal is counted and this
     * instance's consumers follow the task.
     */
    @Test
    void aStartWhosePostTheDatabaseRefusesSucceedsAndIsCounted() throws Exception {
        try (Ports.ClosedPort closed = Ports.closed()) {
            PGSimpleDataSource database = new PGSimpleDataSource();
            database.setURL(DB.url().replaceFirst(":\\d+/", ":" + closed.port() + "/"));
            database.setUser(DB.user());
            database.setPassword(DB.password());
            CamelContext context = camel(new RouteBuilder() {
                @Override
                public void configure() {
                    getContext().getRegistry().bind("taskState", new JdbcStateRepository(database));
                }
            });
            Exchange started = context.createProducerTemplate().send("trtc:startAITranscription?stateRepository=#taskState",
                    e -> e.getMessage().setBody(TrtcConsumerTest.transcription("refused-1")));
            String taskId = started.getMessage().getHeader(TrtcConstants.TASK_ID, String.class);
            TrtcComponent component = context.getComponent("trtc", TrtcComponent.class);

            System.out.printf("start with the database refusing: task %s, exception %s, %d unposted%n", taskId,
                    started.getException(), component.unpostedTasks());
            assertThat(started.getException()).isNull();
            assertThat(taskId).isNotBlank();
            assertThat(component.unpostedTasks()).isEqualTo(1);
            assertThat(component.followRegistry().isOnSharedBoard(taskId)).isFalse();
        }
    }

    /**
     * An end whose follow request the database refused to withdraw is not routed again by the next leader: the
     * request's withdrawal and the task's removal are one transaction, retried by the flush of the stopping consumer
     * (here once the database accepts deletes again, before any further poll). Before, the task row was removed, the
     * withdrawal stayed in the stopped consumer's memory and the next leader followed the task from the board again.
     */
    @Test
    void anEndWhoseWithdrawalWasRefusedIsNotRoutedAgainByTheNextLeader() throws Exception {
        String follow = "trtc:describeAITranscription?delay=3000&stateRepository=#taskState&stateKey=handover";
        String start = "trtc:startAITranscription?stateRepository=#taskState";
        List<DeliveredEvent> first = new CopyOnWriteArrayList<>();
        CamelContext leader = camel(new RouteBuilder() {
            @Override
            public void configure() {
                getContext().getRegistry().bind("taskState", new JdbcStateRepository(DB.dataSource()));
                from(follow).process(e -> first.add(DeliveredEvent.of(e, TrtcTaskConsumer.HEADERS)));
            }
        });
        ProducerTemplate template = leader.createProducerTemplate();
        String taskId = template.requestBody(start, TrtcConsumerTest.transcription("handover-1"),
                StartAITranscriptionResponse.class).getTaskId();
        await().atMost(Duration.ofSeconds(30)).until(() -> sawStatus(first, taskId, "InProgress"));
        refuseDeletes(JdbcStateRepository.FOLLOW_TABLE, true);
        try {
            TrtcConsumerTest.stop(template, taskId);
            await().atMost(Duration.ofSeconds(30)).until(() -> of(first, taskId).stream().anyMatch(DeliveredEvent::ended));
        } finally {
            refuseDeletes(JdbcStateRepository.FOLLOW_TABLE, false);
        }
        leader.stop();

        List<DeliveredEvent> next = new CopyOnWriteArrayList<>();
        CamelContext nextLeader = camel(new RouteBuilder() {
            @Override
            public void configure() {
                getContext().getRegistry().bind("taskState", new JdbcStateRepository(DB.dataSource()));
                from(follow.replace("delay=3000", "delay=50"))
                        .process(e -> next.add(DeliveredEvent.of(e, TrtcTaskConsumer.HEADERS)));
            }
        });
        ProducerTemplate nextTemplate = nextLeader.createProducerTemplate();
        String marker = nextTemplate.requestBody(start, TrtcConsumerTest.transcription("handover-2"),
                StartAITranscriptionResponse.class).getTaskId();
        await().atMost(Duration.ofSeconds(30)).until(() -> sawStatus(next, marker, "InProgress"));
        TrtcConsumerTest.stop(nextTemplate, marker);
        await().atMost(Duration.ofSeconds(30)).until(() -> of(next, marker).stream().anyMatch(DeliveredEvent::ended));

        long ends = of(first, taskId).stream().filter(DeliveredEvent::ended).count()
                    + of(next, taskId).stream().filter(DeliveredEvent::ended).count();
        System.out.printf("end with its withdrawal refused: routed %d time(s) (first leader %s, next leader %s)%n",
                ends, statuses(of(first, taskId)), statuses(of(next, taskId)));
        assertThat(of(next, taskId)).isEmpty();
        assertThat(ends).isEqualTo(1);
    }

    /** Makes PostgreSQL refuse (or accept again) every delete from the table, as a database failing writes would. */
    private static void refuseDeletes(String table, boolean refuse) throws Exception {
        try (var connection = DB.dataSource().getConnection(); var statement = connection.createStatement()) {
            if (refuse) {
                statement.execute("CREATE OR REPLACE FUNCTION camel_rtc_refuse() RETURNS trigger LANGUAGE plpgsql AS"
                                  + " $$ BEGIN RAISE EXCEPTION 'deletes refused'; END $$");
                statement.execute("CREATE TRIGGER camel_rtc_refuse BEFORE DELETE ON " + table
                                  + " FOR EACH ROW EXECUTE FUNCTION camel_rtc_refuse()");
            } else {
                statement.execute("DROP TRIGGER camel_rtc_refuse ON " + table);
            }
        }
    }

    /** Follows under {@code stateKey}, each poll failure bridged into {@code pollFailures}. */
    private static RouteBuilder failuresTo(List<Exception> pollFailures, StateRepository<String, String> state,
                                           String stateKey, List<DeliveredEvent> events) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                getContext().getRegistry().bind("taskState", state);
                onException(Exception.class).handled(true)
                        .process(e -> pollFailures.add(e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class)));
                from(URI + "&stateRepository=#taskState&stateKey=" + stateKey + "&bridgeErrorHandler=true")
                        .routeId("follow").process(e -> events.add(DeliveredEvent.of(e, TrtcTaskConsumer.HEADERS)));
            }
        };
    }

    /** Follows with the state in {@code state}; the end of a task sets {@code crashAfterEnd} once routed. */
    private static RouteBuilder following(StateRepository<String, String> state, List<DeliveredEvent> events,
                                          AtomicBoolean crashAfterEnd) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                getContext().getRegistry().bind("taskState", state);
                from(URI + "&stateRepository=#taskState&stateKey=crash-test").routeId("follow").process(e -> {
                    DeliveredEvent event = DeliveredEvent.of(e, TrtcTaskConsumer.HEADERS);
                    events.add(event);
                    if (event.ended()) {
                        crashAfterEnd.set(true);
                    }
                });
            }
        };
    }

    private static List<String> statuses(List<DeliveredEvent> events) {
        return events.stream().map(DeliveredEvent::status).toList();
    }
}
