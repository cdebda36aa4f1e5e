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
package dev.camelrtc.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.PollingConsumerPollStrategy;

import dev.camelrtc.alilive.AliliveOperations;
import dev.camelrtc.support.RtcComponentSupport;
import dev.camelrtc.trtc.TrtcOperations;

/**
 * The task consumer following many tasks: the heap it holds per followed task (used heap after full GCs, before and
 * after the tasks were followed and polled) and the client-process CPU of one poll once every task was seen.
 * The tasks exist in the simulator (created with the bare client), so every poll reads real answers.
 */
final class ConsumerFootprint {

    record Result(String vendor, int tasks, double heapBytesPerTask, double cpuMillisPerPoll, long polls) {
    }

    /** Counts the consumer's completed polls. */
    static final class PollCounter implements PollingConsumerPollStrategy {
        final AtomicLong polls = new AtomicLong();

        @Override
        public boolean begin(Consumer consumer, Endpoint endpoint) {
            return true;
        }

        @Override
        public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
            synchronized (this) {
                polls.incrementAndGet();
                notifyAll();
            }
        }

        @Override
        public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
            return false;
        }

        synchronized void awaitPolls(long count, long timeoutMillis) throws InterruptedException {
            long deadline = System.currentTimeMillis() + timeoutMillis;
            while (polls.get() < count) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    throw new IllegalStateException("only " + polls.get() + " of " + count + " polls in time");
                }
                wait(left);
            }
        }
    }

    private final Clients clients;

    ConsumerFootprint(Clients clients) {
        this.clients = clients;
    }

    Result measure(String vendor, int taskCount, long pollMillis, int measuredPolls) throws Exception {
        List<String> taskIds = createTasks(vendor, taskCount);
        PollCounter counter = new PollCounter();
        AtomicLong events = new AtomicLong();
        String routeId = vendor + "-footprint";
        clients.camel.getRegistry().bind(routeId + "-polls", counter);
        String from = (vendor.equals("trtc") ? "trtc:describeAITranscription" : "alilive:queryRtcAsrTasks")
                + "?delay=" + pollMillis + "&pollStrategy=#" + routeId + "-polls&notFoundGrace=3600000"
                // without rate limiting a TRTC poll sends every task's call at once: they wait for a pooled
                // connection, which counts as connecting
                + "&connectTimeout=600000&responseTimeout=600000";
        clients.camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(from).routeId(routeId).process(exchange -> events.incrementAndGet());
            }
        });
        counter.awaitPolls(2, 60_000);
        long before = usedHeapAfterGc();
        RtcComponentSupport component = (RtcComponentSupport) clients.camel.getComponent(vendor);
        String family = vendor.equals("trtc") ? TrtcOperations.describeAITranscription.family()
                : AliliveOperations.queryRtcAsrTasks.family();
        // a copy of each id, as a task id read from a reply would be: the heap it takes is the consumer's
        taskIds.forEach(id -> component.followRegistry().follow(family, new String(id), Map.of()));
        long deadline = System.currentTimeMillis() + 300_000;
        while (events.get() < taskCount) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException(vendor + ": only " + events.get() + " of " + taskCount
                        + " tasks were seen");
            }
            counter.awaitPolls(counter.polls.get() + 1, 300_000);
        }
        counter.awaitPolls(counter.polls.get() + 1, 300_000);
        long after = usedHeapAfterGc();
        long polls0 = counter.polls.get();
        long cpu0 = Load.processCpuNanos();
        counter.awaitPolls(polls0 + measuredPolls, 600_000);
        long cpu = Load.processCpuNanos() - cpu0;
        long polls = counter.polls.get() - polls0;
        clients.camel.getRouteController().stopRoute(routeId);
        clients.camel.removeRoute(routeId);
        return new Result(vendor, taskCount, (after - before) / (double) taskCount, cpu / 1e6 / polls, polls);
    }

    private List<String> createTasks(String vendor, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                ids.add(pool.submit(() -> vendor.equals("trtc") ? startTrtc(n) : createAliyun()));
            }
            List<String> out = new ArrayList<>();
            for (Future<String> id : ids) {
                out.add(id.get(5, TimeUnit.MINUTES));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private String startTrtc(int n) throws Exception {
        JsonNode reply = clients.post(clients.trtcCall("StartAITranscription", "{\"SdkAppId\":" + Clients.SDK_APP_ID
                + ",\"RoomId\":\"footprint-" + n + "\",\"TranscriptionParams\":{\"UserId\":\"bench-bot\","
                + "\"UserSig\":\"sig\",\"MaxIdleTime\":3600}}"));
        return required(reply.path("Response").path("TaskId"), reply);
    }

    private String createAliyun() throws Exception {
        JsonNode reply = clients.post(clients.aliyunCall("CreateRtcAsrTask", Map.of("RegionId", "cn-shanghai",
                "Mode", "live", "Language", "cn", "CallbackURL", "http://127.0.0.1:9/cb", "StreamURL",
                "rtmp://live.example.com/app/stream")));
        return required(reply.path("TaskId"), reply);
    }

    private static String required(JsonNode id, JsonNode reply) {
        if (id.asText("").isEmpty()) {
            throw new IllegalStateException("no task id in " + reply);
        }
        return id.asText();
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
