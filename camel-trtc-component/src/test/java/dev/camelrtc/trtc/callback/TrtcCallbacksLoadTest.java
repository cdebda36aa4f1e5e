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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.camelrtc.support.testing.CallbackLoad;

import static dev.camelrtc.trtc.callback.CallbackServer.event;
import static dev.camelrtc.trtc.callback.CallbackServer.sentence;

/**
 * Bounded load ({@link CallbackLoad}): 2,000 signed events of 50 concurrent tasks (901, 38 sentences, 902 each), about
 * 5% of them posted a second time, all posted concurrently in random order. Every event must be routed exactly once
 * and every request answered 200.
 */
class TrtcCallbacksLoadTest {

    private static final String KEY = "LoadCallbackKey0123456789abcdefX";
    private static final String PATH = "/trtc/load";
    private static final int TASKS = 50;
    private static final int EVENTS_PER_TASK = 40;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyEventIsRoutedOnceUnderConcurrentDeliveryWithDuplicates() throws Exception {
        List<CallbackLoad.Event> events = new ArrayList<>();
        for (int task = 0; task < TASKS; task++) {
            String taskId = "load-task-" + task;
            long t0 = 1_700_000_000_000L + task;
            for (int i = 0; i < EVENTS_PER_TASK; i++) {
                long at = t0 + i * 100L;
                String body = i == 0 ? event(9, 901, taskId, at, "{\"Status\": 0}")
                        : i == EVENTS_PER_TASK - 1 ? event(9, 902, taskId, at, "{\"LeaveCode\": 0}")
                        : sentence(taskId, at, "sentence " + i);
                int type = i == 0 ? 901 : i == EVENTS_PER_TASK - 1 ? 902 : 903;
                events.add(new CallbackLoad.Event(taskId + "|" + type + "|" + at, body));
            }
        }
        CallbackLoad load = new CallbackLoad();

        try (CallbackServer server = new CallbackServer(new RouteBuilder() {
            @Override
            public void configure() {
                from("trtc-callbacks:" + PATH + "?callbackSecret=RAW(" + KEY + ")").routeId("callbacks")
                        .process(e -> load.routed(e.getMessage().getHeader(TrtcCallbacksConstants.TASK_ID) + "|"
                                                  + e.getMessage().getHeader(TrtcCallbacksConstants.EVENT_TYPE) + "|"
                                                  + e.getMessage().getHeader(TrtcCallbacksConstants.EVENT_TIME)));
            }
        })) {
            CallbackLoad.Outcome outcome = load.run(events, 50,
                    body -> server.postAsync(PATH, body, CallbackServer.sign(KEY, body.getBytes())));
            TrtcCallbacksConsumer consumer = (TrtcCallbacksConsumer) server.context.getRoute("callbacks").getConsumer();
            outcome.assertEveryEventRoutedOnce(TASKS * EVENTS_PER_TASK, consumer.getCounts());
        }
    }
}
