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
package dev.camelrtc.alilive.callback;

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

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static dev.camelrtc.alilive.callback.AsrCallbackServer.result;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bounded load: 2,000 signed results of 50 concurrent tasks (40 each), about 5% of them posted a second time (signed
 * again), all posted concurrently in random order. Every result must be routed exactly once and every request
 * answered 200.
 */
class AliliveCallbacksLoadTest {

    private static final String KEY = "LoadAuthKey0123456789";
    private static final String PATH = "/alilive/load";
    private static final String CALLBACK_URL = "https://events.example.com/alilive/load";
    private static final int TASKS = 50;
    private static final int RESULTS_PER_TASK = 40;
    private static final int IN_FLIGHT = 50;

    record Post(String key, String body) {
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyResultIsRoutedOnceUnderConcurrentDeliveryWithDuplicates() throws Exception {
        Map<String, AtomicInteger> routedPerResult = new ConcurrentHashMap<>();
        List<Post> results = new ArrayList<>();
        for (int task = 0; task < TASKS; task++) {
            for (int i = 0; i < RESULTS_PER_TASK; i++) {
                String taskId = "load-task-" + task;
                results.add(new Post(taskId + "|" + i, result(taskId, i, "sentence " + i)));
            }
        }
        Random random = new Random(11);
        List<Post> posts = new ArrayList<>(results);
        for (Post p : results) {
            if (random.nextInt(20) == 0) {
                posts.add(p); // Alibaba's redelivery of a result
            }
        }
        Collections.shuffle(posts, random);
        int duplicatesPosted = posts.size() - results.size();

        try (AsrCallbackServer server = new AsrCallbackServer(new RouteBuilder() {
            @Override
            public void configure() {
                from("alilive-callbacks:" + PATH + "?authKey=RAW(" + KEY + ")&callbackUrl=" + CALLBACK_URL)
                        .routeId("results").process(e -> {
                            String key = e.getMessage().getHeader(AliliveCallbacksConstants.TASK_ID) + "|"
                                         + e.getMessage().getBody(JsonNode.class).path("Index").asInt();
                            routedPerResult.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                        });
            }
        })) {
            Semaphore slots = new Semaphore(IN_FLIGHT);
            AtomicInteger rejectedValid = new AtomicInteger();
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (Post post : posts) {
                slots.acquire();
                answers.add(server.postSignedAsync(PATH, post.body(), CALLBACK_URL, KEY)
                        .whenComplete((response, error) -> {
                            if (error != null || response.statusCode() != 200) {
                                rejectedValid.incrementAndGet();
                            }
                            slots.release();
                        }));
            }
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();

            long lost = results.stream().filter(p -> !routedPerResult.containsKey(p.key())).count();
            long duplicatesRouted = routedPerResult.values().stream().mapToInt(c -> c.get() - 1).sum();
            System.out.printf("callbacks: %d events, %d lost, %d duplicates routed, %d rejected-valid%n",
                    results.size(), lost, duplicatesRouted, rejectedValid.get());
            AliliveCallbacksConsumer consumer = (AliliveCallbacksConsumer) server.context.getRoute("results")
                    .getConsumer();
            System.out.printf("callbacks: %d requests, %d duplicates posted, consumer counts %s%n", posts.size(),
                    duplicatesPosted, consumer.getCounts());

            assertThat(results).hasSize(TASKS * RESULTS_PER_TASK);
            assertThat(duplicatesPosted).isBetween(50, 150);
            assertThat(lost).isZero();
            assertThat(duplicatesRouted).isZero();
            assertThat(rejectedValid).hasValue(0);
            assertThat(consumer.getCounts().getDuplicates()).isEqualTo(duplicatesPosted);
            assertThat(consumer.getCounts().getRouted()).isEqualTo(results.size());
        }
    }
}
