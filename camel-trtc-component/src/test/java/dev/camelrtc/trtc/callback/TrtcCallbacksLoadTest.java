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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static dev.camelrtc.trtc.callback.CallbackServer.event;
import static dev.camelrtc.trtc.callback.CallbackServer.sentence;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bounded load: 2,000 signed events of 50 concurrent tasks (901, 38 sentences, 902 each), about 5% of them posted a
 * second time, all posted concurrently in random order. Every event must be routed exactly once and every request
 * answered 200.
 */
class TrtcCallbacksLoadTest {

    private static final String KEY = "LoadCallbackKey0123456789abcdefX";
    private static final String PATH = "/trtc/load";
    private static final int TASKS = 50;
    private static final int EVENTS_PER_TASK = 40;
    private static final int IN_FLIGHT = 50;

    record Post(String key, String body) {
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyEventIsRoutedOnceUnderConcurrentDeliveryWithDuplicates() throws Exception {
        Map<String, AtomicInteger> routedPerEvent = new ConcurrentHashMap<>();
        List<Post> events = new ArrayList<>();
        for (int task = 0; task < TASKS; task++) {
            String taskId = "load-task-" + task;
            long t0 = 1_700_000_000_000L + task;
            for (int i = 0; i < EVENTS_PER_TASK; i++) {
                long at = t0 + i * 100L;
                String body = i == 0 ? event(9, 901, taskId, at, "{\"Status\": 0}")
                        : i == EVENTS_PER_TASK - 1 ? event(9, 902, taskId, at, "{\"LeaveCode\": 0}")
                        : sentence(taskId, at, "sentence " + i);
                int type = i == 0 ? 901 : i == EVENTS_PER_TASK - 1 ? 902 : 903;
                events.add(new Post(taskId + "|" + type + "|" + at, body));
            }
        }
        Random random = new Random(11);
        List<Post> posts = new ArrayList<>(events);
        for (Post p : events) {
            if (random.nextInt(20) == 0) {
                posts.add(p); // Tencent's redelivery of an event
            }
        }
        Collections.shuffle(posts, random);
        int duplicatesPosted = posts.size() - events.size();

        try (CallbackServer server = new CallbackServer(new RouteBuilder() {
            @Override
            public void configure() {
                from("trtc-callbacks:" + PATH + "?callbackSecret=RAW(" + KEY + ")").routeId("callbacks")
                        .process(e -> {
                            String key = e.getMessage().getHeader(TrtcCallbacksConstants.TASK_ID) + "|"
                                         + e.getMessage().getHeader(TrtcCallbacksConstants.EVENT_TYPE) + "|"
                                         + e.getMessage().getHeader(TrtcCallbacksConstants.EVENT_TIME);
                            routedPerEvent.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                        });
            }
        })) {
            Semaphore slots = new Semaphore(IN_FLIGHT);
            AtomicInteger rejectedValid = new AtomicInteger();
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (Post post : posts) {
                slots.acquire();
                answers.add(server.postAsync(PATH, post.body(), CallbackServer.sign(KEY, post.body().getBytes()))
                        .whenComplete((response, error) -> {
                            if (error != null || response.statusCode() != 200) {
                                rejectedValid.incrementAndGet();
                            }
                            slots.release();
                        }));
            }
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();

            long lost = events.stream().filter(p -> !routedPerEvent.containsKey(p.key())).count();
            long duplicatesRouted = routedPerEvent.values().stream().mapToInt(c -> c.get() - 1).sum();
            System.out.printf("callbacks: %d events, %d lost, %d duplicates routed, %d rejected-valid%n",
                    events.size(), lost, duplicatesRouted, rejectedValid.get());
            TrtcCallbacksConsumer consumer = (TrtcCallbacksConsumer) server.context.getRoute("callbacks").getConsumer();
            System.out.printf("callbacks: %d requests, %d duplicates posted, consumer counts %s%n", posts.size(),
                    duplicatesPosted, consumer.getCounts());

            assertThat(events).hasSize(TASKS * EVENTS_PER_TASK);
            assertThat(duplicatesPosted).isBetween(50, 150);
            assertThat(lost).isZero();
            assertThat(duplicatesRouted).isZero();
            assertThat(rejectedValid).hasValue(0);
            assertThat(consumer.getCounts().getDuplicates()).isEqualTo(duplicatesPosted);
            assertThat(consumer.getCounts().getRouted()).isEqualTo(events.size());
        }
    }
}
