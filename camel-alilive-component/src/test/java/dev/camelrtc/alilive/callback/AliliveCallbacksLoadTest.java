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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.camelrtc.support.testing.CallbackLoad;

import static dev.camelrtc.alilive.callback.AsrCallbackServer.result;

/**
 * Bounded load ({@link CallbackLoad}): 2,000 signed results of 50 concurrent tasks (40 each), about 5% of them posted
 * a second time (signed again), all posted concurrently in random order. Every result must be routed exactly once
 * and every request answered 200.
 */
class AliliveCallbacksLoadTest {

    private static final String KEY = "LoadAuthKey0123456789";
    private static final String PATH = "/alilive/load";
    private static final String CALLBACK_URL = "https://events.example.com/alilive/load";
    private static final int TASKS = 50;
    private static final int RESULTS_PER_TASK = 40;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyResultIsRoutedOnceUnderConcurrentDeliveryWithDuplicates() throws Exception {
        List<CallbackLoad.Event> results = new ArrayList<>();
        for (int task = 0; task < TASKS; task++) {
            for (int i = 0; i < RESULTS_PER_TASK; i++) {
                String taskId = "load-task-" + task;
                results.add(new CallbackLoad.Event(taskId + "|" + i, result(taskId, i, "sentence " + i)));
            }
        }
        CallbackLoad load = new CallbackLoad();

        try (AsrCallbackServer server = new AsrCallbackServer(new RouteBuilder() {
            @Override
            public void configure() {
                from("alilive-callbacks:" + PATH + "?authKey=RAW(" + KEY + ")&callbackUrl=" + CALLBACK_URL)
                        .routeId("results")
                        .process(e -> load.routed(e.getMessage().getHeader(AliliveCallbacksConstants.TASK_ID) + "|"
                                                  + e.getMessage().getBody(JsonNode.class).path("Index").asInt()));
            }
        })) {
            CallbackLoad.Outcome outcome = load.run(results, 50,
                    body -> server.postSignedAsync(PATH, body, CALLBACK_URL, KEY));
            AliliveCallbacksConsumer consumer = (AliliveCallbacksConsumer) server.context.getRoute("results").getConsumer();
            outcome.assertEveryEventRoutedOnce(TASKS * RESULTS_PER_TASK, consumer.getCounts());
        }
    }
}
