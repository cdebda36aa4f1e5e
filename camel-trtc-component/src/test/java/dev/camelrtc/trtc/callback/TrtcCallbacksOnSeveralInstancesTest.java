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

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelrtc.support.docs.SharedStateSnippets;
import dev.camelrtc.support.testing.PostgresDatabase;

import static dev.camelrtc.trtc.callback.CallbackServer.sentence;
import static org.assertj.core.api.Assertions.assertThat;

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
        Set<String> failing = ConcurrentHashMap.newKeySet();
        failing.addAll(failOnce);
        CallbackServer instance = new CallbackServer(new RouteBuilder() {
            @Override
            public void configure() {
                getContext().getRegistry().bind("seen", SharedStateSnippets.callbackRepository(DB.dataSource(),
                        "trtc-callbacks"));
                String uri = "trtc-callbacks:" + PATH + "?callbackSecret=RAW(" + KEY + ")&idempotentRepository=#seen";
                if (inProgress) {
                    getContext().getRegistry().bind("inProgress", SharedStateSnippets.inProgressRepository(
                            DB.dataSource(), "trtc-callbacks", getContext(), Duration.ofSeconds(20)));
                    uri += "&inProgressRepository=#inProgress";
                }
                from(uri)
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
}
