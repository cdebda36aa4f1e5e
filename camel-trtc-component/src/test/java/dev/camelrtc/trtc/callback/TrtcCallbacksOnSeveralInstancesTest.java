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
package dev.camelrtc.trtc.callback;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.camel.CamelContext;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.IdempotentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import dev.camelrtc.support.callback.CallbackMessage;
import dev.camelrtc.support.docs.SharedStateSnippets;
import dev.camelrtc.support.testing.DelegatingIdempotentRepository;
import dev.camelrtc.support.testing.PostgresDatabase;

import static dev.camelrtc.trtc.callback.CallbackServer.sentence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Two instances (two CamelContexts, each its own HTTP server and connection pool) de-duplicating trtc-callbacks
 * through camel-sql's JdbcMessageIdRepository on one PostgreSQL database: an event is routed once, whichever
 * instance a redelivery reaches.
 */
class TrtcCallbacksOnSeveralInstancesTest {

    private static final String KEY = "CallbackKey0123456789abcdefABCDE";
    private static final String PATH = "/trtc/events";

    @RegisterExtension
    static final PostgresDatabase DB = new PostgresDatabase();

    private final Map<String, AtomicInteger> routed = new ConcurrentHashMap<>();
    private final List<CallbackServer> instances = new ArrayList<>();

    @AfterEach
    void stopInstances() {
        instances.forEach(CallbackServer::close);
    }

    /** What the next instance's idempotentRepository (of processed events) is made of the real one. */
    private Function<IdempotentRepository, IdempotentRepository> processedRepository = Function.identity();

    private CallbackServer instance() throws Exception {
        return instance(Set.of());
    }

    /** An instance whose route fails once for each text in {@code failOnce}, and counts the texts it routed. */
    private CallbackServer instance(Set<String> failOnce) throws Exception {
        return instance(failOnce, false, null, null);
    }

    /**
     * An instance whose route fails once for each text in {@code failOnce}, and counts the texts it routed; with
     * {@code inProgress} it also keeps the keys it routes in camel-sql's JdbcOrphanLockAwareIdempotentRepository on
     * the database; with {@code entered}, its route counts it down and waits for {@code release} first.
     */
    private CallbackServer instance(Set<String> failOnce, boolean inProgress, CountDownLatch entered,
                                    CountDownLatch release) throws Exception {
        return instance(failOnce, inProgress ? TrtcCallbacksOnSeveralInstancesTest::inProgressRepository : null,
                entered, release, null);
    }

    /** camel-sql's repository of the keys being routed, as the docs set it up. */
    private static IdempotentRepository inProgressRepository(CamelContext context) {
        return SharedStateSnippets.inProgressRepository(DB.dataSource(), "trtc-callbacks", context,
                Duration.ofSeconds(20));
    }

    /**
     * As above, with {@code inProgress} making the instance's inProgressRepository (none when null), and with
     * {@code reads} counting the requests its endpoint read (just before it looks for the same event in flight).
     */
    private CallbackServer instance(Set<String> failOnce, Function<CamelContext, IdempotentRepository> inProgress,
                                    CountDownLatch entered, CountDownLatch release, AtomicInteger reads)
            throws Exception {
        Set<String> failing = ConcurrentHashMap.newKeySet();
        failing.addAll(failOnce);
        CallbackServer instance = new CallbackServer(new RouteBuilder() {
            @Override
            public void configure() {
                TrtcCallbacksEndpoint endpoint = new TrtcCallbacksEndpoint("trtc-callbacks:" + PATH,
                        getContext().getComponent("trtc-callbacks", TrtcCallbacksComponent.class), PATH) {
                    @Override
                    protected CallbackMessage read(JsonNode json, byte[] body, Message request) {
                        if (reads != null) {
                            reads.incrementAndGet();
                        }
                        return super.read(json, body, request);
                    }
                };
                endpoint.setCallbackSecret(KEY);
                endpoint.setIdempotentRepository(processedRepository.apply(
                        SharedStateSnippets.callbackRepository(DB.dataSource(), "trtc-callbacks")));
                if (inProgress != null) {
                    endpoint.setInProgressRepository(inProgress.apply(getContext()));
                }
                from(endpoint)
                        .process(e -> {
                            if (entered != null) {
                                entered.countDown();
                                assertThat(release.await(2, TimeUnit.MINUTES)).isTrue();
                            }
                            String text = e.getMessage().getBody(Sentence.class).text();
                            if (failing.remove(text)) {
                                throw new IllegalStateException("downstream unavailable");
                            }
                            routed.computeIfAbsent(text, t -> new AtomicInteger()).incrementAndGet();
                        });
            }
        });
        instances.add(instance);
        return instance;
    }

    @Test
    void aRedeliveryReachingTheOtherInstanceIsNotRoutedAgain() throws Exception {
        CallbackServer a = instance();
        CallbackServer b = instance();
        String body = sentence("task-x", 11, "once");

        assertThat(a.postSigned(PATH, body, KEY).statusCode()).isEqualTo(200);
        assertThat(b.postSigned(PATH, body, KEY).statusCode()).as("the redelivery, at the other instance")
                .isEqualTo(200);

        assertThat(routed).containsOnlyKeys("once");
        assertThat(routed.get("once")).hasValue(1);
    }

    @Test
    void anEventWhoseRouteFailedOnOneInstanceIsRoutedByTheRedeliveryOnTheOther() throws Exception {
        CallbackServer a = instance(Set.of("retry me"));
        CallbackServer b = instance();
        String body = sentence("task-y", 12, "retry me");

        assertThat(a.postSigned(PATH, body, KEY).statusCode()).isEqualTo(500);
        assertThat(b.postSigned(PATH, body, KEY).statusCode()).isEqualTo(200);
        assertThat(a.postSigned(PATH, body, KEY).statusCode()).as("a later duplicate").isEqualTo(200);

        assertThat(routed.get("retry me")).hasValue(1);
    }

    /**
     * A redelivery reaching instance B while instance A still routes the event is answered 503 (not 200: A's route
     * may yet fail), and once A's route failed the next redelivery is routed, once.
     */
    @Test
    void aDuplicateOfAnEventInFlightElsewhereIsAnswered503AndRoutedOnceWhenTheFirstFails() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CallbackServer a = instance(Set.of("in flight"), true, entered, release);
        CallbackServer b = instance(Set.of(), true, null, null);
        String body = sentence("task-w", 13, "in flight");

        CompletableFuture<HttpResponse<String>> first = a.postAsync(PATH, body, CallbackServer.sign(KEY,
                body.getBytes()));
        assertThat(entered.await(2, TimeUnit.MINUTES)).as("A routes the event").isTrue();
        HttpResponse<String> whileInFlight = b.postSigned(PATH, body, KEY);
        assertThat(whileInFlight.statusCode()).as("B, while A routes it").isEqualTo(503);
        assertThat(whileInFlight.headers().firstValue("Retry-After")).hasValue("10");
        assertThat(routed).as("B did not route it").isEmpty();
        release.countDown();
        assertThat(first.get(2, TimeUnit.MINUTES).statusCode()).as("A's route failed").isEqualTo(500);
        assertThat(b.postSigned(PATH, body, KEY).statusCode()).as("the next redelivery, at B").isEqualTo(200);
        assertThat(a.postSigned(PATH, body, KEY).statusCode()).as("a later duplicate, at A").isEqualTo(200);

        System.out.println("in-flight duplicate: answered " + whileInFlight.statusCode() + " while routed elsewhere,"
                           + " routed " + routed.get("in flight") + " time(s) after the first route failed");
        assertThat(routed).containsOnlyKeys("in flight");
        assertThat(routed.get("in flight")).hasValue(1);
    }

    /**
     * A route failed and the database refused to drop the claim (every time): camel-sql keeps the claim alive while
     * instance A runs, yet A's redelivery is routed, since no route of A runs for it; then B finds it processed.
     */
    @Test
    void aClaimThatCouldNotBeDroppedIsRoutedByTheRedeliveryToItsOwnInstance() throws Exception {
        FailingRemoves[] repository = new FailingRemoves[1];
        CallbackServer a = instance(Set.of("stuck"), context -> repository[0] = new FailingRemoves(
                inProgressRepository(context), Integer.MAX_VALUE), null, null, null);
        CallbackServer b = instance(Set.of(), true, null, null);
        String body = sentence("task-s", 14, "stuck");

        assertThat(a.postSigned(PATH, body, KEY).statusCode()).as("A's route failed").isEqualTo(500);
        assertThat(repository[0].failedRemoves).as("A could not drop its claim").hasPositiveValue();
        assertThat(b.postSigned(PATH, body, KEY).statusCode()).as("B, A holding the claim").isEqualTo(503);
        // untilAsserted, not one post: the release retries take the claim out of A's own for a moment when they run
        await().atMost(Duration.ofMinutes(2)).untilAsserted(
                () -> assertThat(a.postSigned(PATH, body, KEY).statusCode()).as("the redelivery, at A").isEqualTo(200));
        assertThat(b.postSigned(PATH, body, KEY).statusCode()).as("a later duplicate, at B").isEqualTo(200);

        System.out.println("claim not dropped: " + repository[0].failedRemoves + " failed release(s), routed "
                           + routed.get("stuck") + " time(s)");
        assertThat(routed.get("stuck")).hasValue(1);
    }

    /**
     * A routed the event but the database refused to record it processed (twice: at once and at the first retry): A
     * keeps its claim until the record is written, so that neither A nor B routes it again meanwhile.
     */
    @Test
    void aRoutedEventWhoseProcessedKeyCannotBeWrittenKeepsItsClaimUntilItIs() throws Exception {
        FailingRemoves[] processed = new FailingRemoves[1];
        processedRepository = repository -> processed[0] = new FailingRemoves(repository, 0, 2);
        CallbackServer a = instance(Set.of(), true, null, null);
        processedRepository = Function.identity();
        CallbackServer b = instance(Set.of(), true, null, null);
        String body = sentence("task-u", 16, "unwritten");

        assertThat(a.postSigned(PATH, body, KEY).statusCode()).as("A routed it").isEqualTo(200);
        assertThat(processed[0].failedAdds).as("A could not record it").hasPositiveValue();
        assertThat(a.postSigned(PATH, body, KEY).statusCode()).as("a redelivery, at A").isEqualTo(200);
        int answered503 = redeliverUntil200(b, body);

        System.out.println("processed key not written: " + processed[0].failedAdds + " failed write(s), B answered "
                           + answered503 + " redelivery(ies) 503 meanwhile, routed " + routed.get("unwritten")
                           + " time(s)");
        assertThat(answered503).as("B, while A held the claim").isPositive();
        assertThat(routed.get("unwritten")).hasValue(1);
    }

    /**
     * The database refused to drop A's claim three times (a blip): A retries later, so that a redelivery reaching B,
     * answered 503 meanwhile, is routed by B once the claim is dropped, once.
     */
    @Test
    void aClaimThatCouldNotBeDroppedIsDroppedLater() throws Exception {
        FailingRemoves[] repository = new FailingRemoves[1];
        CallbackServer a = instance(Set.of("blip"), context -> repository[0] = new FailingRemoves(
                inProgressRepository(context), 3), null, null, null);
        CallbackServer b = instance(Set.of(), true, null, null);
        String body = sentence("task-b", 15, "blip");

        assertThat(a.postSigned(PATH, body, KEY).statusCode()).as("A's route failed").isEqualTo(500);
        int answered503 = redeliverUntil200(b, body);

        System.out.println("claim dropped later: " + repository[0].failedRemoves + " failed release(s), B answered "
                           + answered503 + " redelivery(ies) 503 meanwhile, routed " + routed.get("blip")
                           + " time(s)");
        assertThat(repository[0].failedRemoves).hasValue(3);
        assertThat(routed.get("blip")).hasValue(1);
    }

    /**
     * B routes an event; the event reaches A twice at once. A's first delivery finds B's claim and is answered 503,
     * and so is the second, which waited for the first's outcome in A (not 500: nothing failed). The second is known
     * to have waited when it did not claim the key itself; a round where it came too late is played again.
     */
    @Test
    void aDuplicateWaitingForADeliveryFoundInFlightElsewhereIsAnswered503Too() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch releaseB = new CountDownLatch(1);
        CallbackServer b = instance(Set.of(), true, entered, releaseB);
        BlockingAdds[] claims = new BlockingAdds[1];
        AtomicInteger reads = new AtomicInteger();
        CallbackServer a = instance(Set.of(), context -> claims[0] = new BlockingAdds(inProgressRepository(context)),
                null, null, reads);
        String body = sentence("task-c", 16, "contended");
        String sign = CallbackServer.sign(KEY, body.getBytes());
        CompletableFuture<HttpResponse<String>> atB = b.postAsync(PATH, body, sign);
        int rounds = 0;
        boolean waited = false;
        try {
            assertThat(entered.await(2, TimeUnit.MINUTES)).as("B routes the event").isTrue();
            while (rounds < 10 && !waited) {
                rounds++;
                BlockingAdds.Round round = claims[0].arm();
                int readBefore = reads.get();
                CompletableFuture<HttpResponse<String>> first = a.postAsync(PATH, body, sign);
                assertThat(round.blocked().await(2, TimeUnit.MINUTES)).as("A's first claims the key").isTrue();
                CompletableFuture<HttpResponse<String>> second = a.postAsync(PATH, body, sign);
                await().atMost(Duration.ofMinutes(2)).until(() -> reads.get() == readBefore + 2);
                round.unblock().countDown();
                assertThat(first.get(2, TimeUnit.MINUTES).statusCode()).as("A's first").isEqualTo(503);
                HttpResponse<String> answer = second.get(2, TimeUnit.MINUTES);
                // one add: the second waited for the first's outcome; two: it came after it and claimed on its own
                waited = round.adds().get() == 1;
                assertThat(answer.statusCode()).as("A's second (waited: %s)", waited).isEqualTo(503);
                assertThat(answer.headers().firstValue("Retry-After")).hasValue("10");
            }
        } finally {
            releaseB.countDown();
        }
        assertThat(atB.get(2, TimeUnit.MINUTES).statusCode()).as("B's delivery").isEqualTo(200);
        System.out.println("duplicate waiting on a delivery found elsewhere: answered 503 (round " + rounds
                           + "), routed " + routed.get("contended") + " time(s)");
        assertThat(waited).as("a round where the second delivery waited for the first").isTrue();
        assertThat(routed.get("contended")).hasValue(1);
    }

    /**
     * camel-sql takes a claim's createdAt before it waits for its lock, which its keep-alive holds while it waits for
     * a pooled connection: instance A's keep-alive waits (every connection of a loaded pool taken) while A claims an
     * event, longer than lockMaxAgeMillis, so A's claim is written expired. B's redelivery takes it over as if A had
     * died; A must not route the event on such a claim (answered 503), so that it is routed once.
     */
    @Test
    void aClaimWrittenAlreadyExpiredIsNotRouted() throws Exception {
        Duration lockMaxAge = Duration.ofSeconds(2);
        GatedKeepAlive pool = new GatedKeepAlive(DB.dataSource());
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CallbackServer a = instance(Set.of(), context -> SharedStateSnippets.inProgressRepository(pool,
                "trtc-callbacks", context, lockMaxAge), entered, release, null);
        CallbackServer b = instance(Set.of(), context -> SharedStateSnippets.inProgressRepository(DB.dataSource(),
                "trtc-callbacks", context, lockMaxAge), null, null, null);
        String body = sentence("task-e", 17, "stamped early");
        HttpResponse<String> atB;
        CompletableFuture<HttpResponse<String>> atA;
        try {
            assertThat(pool.waiting.await(2, TimeUnit.MINUTES)).as("A's keep-alive waits for a connection").isTrue();
            atA = a.postAsync(PATH, body, CallbackServer.sign(KEY, body.getBytes()));
            await("A's claim stamped, waiting for camel-sql's lock").atMost(Duration.ofMinutes(2))
                    .until(TrtcCallbacksOnSeveralInstancesTest::anInsertWaitsForTheLock);
            long stamped = System.currentTimeMillis();
            await("the stamp older than lockMaxAgeMillis").atMost(Duration.ofMinutes(2))
                    .until(() -> System.currentTimeMillis() > stamped + lockMaxAge.toMillis() + 1000);
            pool.open.countDown();
            await("A routes the event or answers").atMost(Duration.ofMinutes(2))
                    .until(() -> entered.getCount() == 0 || atA.isDone());
            atB = b.postSigned(PATH, body, KEY);
        } finally {
            pool.open.countDown();
            release.countDown();
        }
        int answerA = atA.get(2, TimeUnit.MINUTES).statusCode();
        System.out.println("claim written expired: A answered " + answerA + ", B answered " + atB.statusCode()
                           + ", routed " + routed.get("stamped early") + " time(s)");
        assertThat(answerA).as("A, on a claim written expired").isEqualTo(503);
        assertThat(atB.statusCode()).as("the redelivery, at B").isEqualTo(200);
        assertThat(routed.get("stamped early")).hasValue(1);
    }

    /** Whether a thread of this JVM is in camel-sql's insert, waiting for the repository's lock. */
    private static boolean anInsertWaitsForTheLock() {
        return Thread.getAllStackTraces().values().stream().anyMatch(stack -> {
            boolean lock = false;
            for (StackTraceElement frame : stack) {
                lock |= frame.getClassName().equals("java.util.concurrent.locks.StampedLock");
                if (lock && frame.getMethodName().equals("insert")
                    && frame.getClassName().endsWith("JdbcOrphanLockAwareIdempotentRepository")) {
                    return true;
                }
            }
            return false;
        });
    }

    /** An inProgressRepository built without the CamelContext camel-sql's needs fails to start, naming the option. */
    @Test
    void anInProgressRepositoryWithoutItsCamelContextFailsNamingTheOption() {
        assertThatThrownBy(() -> instance(Set.of(), context -> inProgressRepository(null), null, null, null))
                .hasStackTraceContaining("trtc-callbacks:/trtc/events: its inProgressRepository")
                .hasStackTraceContaining("takes the CamelContext in its constructor");
    }

    /**
     * Every event posted to both instances at the same moment, as a load balancer may spread Tencent's immediate
     * retry; an answer other than 200 is delivered again, as Tencent does. Each event is routed exactly once.
     */
    @Test
    void eventsArrivingAtBothInstancesAtOnceAreRoutedOnce() throws Exception {
        CallbackServer a = instance();
        CallbackServer b = instance();
        int events = 60;
        AtomicInteger redelivered = new AtomicInteger();
        List<CompletableFuture<Integer>> deliveries = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            String body = sentence("task-z", 1000 + i, "event-" + i);
            for (CallbackServer instance : List.of(a, b)) {
                deliveries.add(instance.postAsync(PATH, body, CallbackServer.sign(KEY, body.getBytes()))
                        .thenApply(HttpResponse::statusCode).thenApply(status -> {
                            if (status == 200) {
                                return status;
                            }
                            redelivered.incrementAndGet();
                            return (instance == a ? b : a).postSigned(PATH, body, KEY).statusCode();
                        }));
            }
        }
        for (CompletableFuture<Integer> delivery : deliveries) {
            assertThat(delivery.get(2, TimeUnit.MINUTES)).isEqualTo(200);
        }

        long routedTwice = routed.values().stream().filter(n -> n.get() > 1).count();
        System.out.println("callbacks on 2 instances: " + events + " events, " + deliveries.size() + " deliveries, "
                           + redelivered + " answered 500 and delivered again, " + routed.size() + " routed, "
                           + routedTwice + " routed twice");
        assertThat(routed).hasSize(events);
        assertThat(routedTwice).isZero();
    }

    /** Redelivers {@code body} to {@code b} every second until it answers 200; how often it answered 503 meanwhile. */
    private static int redeliverUntil200(CallbackServer b, String body) {
        AtomicInteger answered503 = new AtomicInteger();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            int status = b.postSigned(PATH, body, KEY).statusCode();
            if (status == 503) {
                answered503.incrementAndGet();
            }
            assertThat(status).as("a redelivery, at B").isEqualTo(200);
        });
        return answered503.get();
    }

    /**
     * A real repository whose remove fails its first {@code failures} calls, and whose add its first
     * {@code addFailures}, as on a database blip.
     */
    private static final class FailingRemoves extends DelegatingIdempotentRepository {

        final AtomicInteger failedRemoves = new AtomicInteger();
        final AtomicInteger failedAdds = new AtomicInteger();
        private final AtomicInteger failures;
        private final AtomicInteger addFailures;

        FailingRemoves(IdempotentRepository repository, int failures) {
            this(repository, failures, 0);
        }

        FailingRemoves(IdempotentRepository repository, int failures, int addFailures) {
            super(repository);
            this.failures = new AtomicInteger(failures);
            this.addFailures = new AtomicInteger(addFailures);
        }

        @Override
        public boolean remove(String key) {
            if (failures.getAndDecrement() > 0) {
                failedRemoves.incrementAndGet();
                throw new IllegalStateException("connection refused (an injected database blip)");
            }
            return super.remove(key);
        }

        @Override
        public boolean add(String key) {
            if (addFailures.getAndDecrement() > 0) {
                failedAdds.incrementAndGet();
                throw new IllegalStateException("connection refused (an injected database blip)");
            }
            return super.add(key);
        }
    }

    /** A real inProgressRepository whose add, once armed, waits for the round's unblock before its first claim. */
    private static final class BlockingAdds extends DelegatingIdempotentRepository {

        record Round(CountDownLatch blocked, CountDownLatch unblock, AtomicInteger adds) {
        }

        private volatile Round round;

        BlockingAdds(IdempotentRepository repository) {
            super(repository);
        }

        Round arm() {
            round = new Round(new CountDownLatch(1), new CountDownLatch(1), new AtomicInteger());
            return round;
        }

        @Override
        public boolean add(String key) {
            Round current = round;
            if (current != null && current.adds().incrementAndGet() == 1) {
                current.blocked().countDown();
                try {
                    assertThat(current.unblock().await(2, TimeUnit.MINUTES)).isTrue();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            return super.add(key);
        }
    }

    /**
     * The test database's pool, whose first connection asked for by camel-sql's keep-alive task waits until
     * {@code open}, as when a loaded instance's requests hold every pooled connection.
     */
    private static final class GatedKeepAlive extends DelegatingDataSource {

        final CountDownLatch waiting = new CountDownLatch(1);
        final CountDownLatch open = new CountDownLatch(1);

        GatedKeepAlive(DataSource pool) {
            super(pool);
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (Thread.currentThread().getName().contains("JdbcOrphanLockAwareIdempotentRepository")
                && waiting.getCount() > 0) {
                waiting.countDown();
                try {
                    assertThat(open.await(2, TimeUnit.MINUTES)).isTrue();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SQLException(e);
                }
            }
            return super.getConnection();
        }
    }
}
