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
package dev.camelrtc.support.testing;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import dev.camelrtc.support.callback.CallbackCounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bounded load on a callbacks consumer: every event posted once and about one in twenty a second time (the cloud's
 * redelivery), shuffled with a fixed seed, posted concurrently with at most {@code inFlight} requests open. The
 * route reports each exchange's event key to {@link #routed}; {@link #run} then says what was lost, routed twice or
 * not answered 200.
 */
public final class CallbackLoad {

    /** One event: the key the route reports for it, and the body posted. */
    public record Event(String key, String body) {
    }

    /** What a run did; {@link #line()} is the line the load tests print. */
    public record Outcome(int events, int requests, int duplicatesPosted, long lost, long duplicatesRouted,
                          int rejectedValid) {

        public String line() {
            return String.format("callbacks: %d events, %d lost, %d duplicates routed, %d rejected-valid", events, lost,
                    duplicatesRouted, rejectedValid);
        }

        /**
         * Prints the run's counts and the consumer's, and asserts exactly once: {@code expectedEvents} events, about
         * one in twenty posted twice, none lost, none routed twice, every request answered 200, and the consumer
         * counting each redelivery as a duplicate and each event as routed.
         */
        public void assertEveryEventRoutedOnce(int expectedEvents, CallbackCounts consumer) {
            System.out.println(line());
            System.out.printf("callbacks: %d requests, %d duplicates posted, consumer counts %s%n", requests,
                    duplicatesPosted, consumer);

            assertThat(events).isEqualTo(expectedEvents);
            assertThat(duplicatesPosted).isBetween(50, 150);
            assertThat(lost).isZero();
            assertThat(duplicatesRouted).isZero();
            assertThat(rejectedValid).isZero();
            assertThat(consumer.getDuplicates()).isEqualTo(duplicatesPosted);
            assertThat(consumer.getRouted()).isEqualTo(events);
        }
    }

    private final Map<String, AtomicInteger> routed = new ConcurrentHashMap<>();

    /** Called by the route under load for every exchange, with the key of its event. */
    public void routed(String key) {
        routed.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    /** Posts the events and their redeliveries with {@code post} (a body to its answer) and waits for every answer. */
    public Outcome run(List<Event> events, int inFlight,
                       Function<String, CompletableFuture<HttpResponse<String>>> post) throws InterruptedException {
        Random random = new Random(11);
        List<Event> posts = new ArrayList<>(events);
        for (Event event : events) {
            if (random.nextInt(20) == 0) {
                posts.add(event);
            }
        }
        Collections.shuffle(posts, random);
        Semaphore slots = new Semaphore(inFlight);
        AtomicInteger rejectedValid = new AtomicInteger();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (Event event : posts) {
            slots.acquire();
            answers.add(post.apply(event.body()).whenComplete((response, error) -> {
                if (error != null || response.statusCode() != 200) {
                    rejectedValid.incrementAndGet();
                }
                slots.release();
            }));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        long lost = events.stream().filter(e -> !routed.containsKey(e.key())).count();
        long duplicatesRouted = routed.values().stream().mapToInt(c -> c.get() - 1).sum();
        return new Outcome(events.size(), posts.size(), posts.size() - events.size(), lost, duplicatesRouted,
                rejectedValid.get());
    }
}
