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
package dev.camelrtc.simulator.callback;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import dev.camelrtc.simulator.SimulatorTimings;

/**
 * Delivers pushed callbacks by Tencent's documented rules (trtc.io/document/68331, tencentcloud.com/document/product/
 * 647/80094): POST, an attempt without HTTP 200 within {@link SimulatorTimings#callbackTimeout()} (5 s) failed; the
 * first failure is retried at once, later ones every {@link SimulatorTimings#callbackRetryInterval()} (10 s), while the
 * event is not older than {@link SimulatorTimings#callbackMaxAge()} (1 min); then it is given up. Alibaba documents no
 * rules; its results are delivered the same way (a choice).
 * <p>
 * The events of one lane (task) are delivered one at a time, in order: the next waits until the previous one was
 * delivered or given up. Faults from {@link #faults()} change one event each. Delivery times are real time (not the
 * simulator's clock). Scans of the pushers run on the same single scheduler thread.
 */
public final class CallbackDelivery implements AutoCloseable {

    /** Counts since start; {@code pending} = submitted, not yet delivered or given up. */
    public record Stats(long events, long attempts, long delivered, long failedAttempts, long givenUp, long pending) {
    }

    private final SimulatorTimings timings;
    private final CallbackFaults faults = new CallbackFaults();
    private final Map<String, Lane> lanes = new HashMap<>();
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong attempts = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong failedAttempts = new AtomicLong();
    private final AtomicLong givenUp = new AtomicLong();
    private ScheduledExecutorService scheduler;
    private HttpClient http;

    public CallbackDelivery(SimulatorTimings timings) {
        this.timings = timings;
    }

    private final class Lane {
        final String name;
        final Deque<Item> queue = new ArrayDeque<>();
        boolean busy;

        Lane(String name) {
            this.name = name;
        }
    }

    private static final class Item {
        final OutgoingCallback callback;
        final CallbackFault fault;
        final long submittedNanos = System.nanoTime();
        int attempts;
        boolean swapped;
        boolean releaseScheduled;
        boolean duplicateSent;

        Item(OutgoingCallback callback, CallbackFault fault) {
            this.callback = callback;
            this.fault = fault;
        }

        boolean is(CallbackFault.Type type) {
            return fault != null && fault.type() == type;
        }
    }

    public CallbackFaults faults() {
        return faults;
    }

    public synchronized void start() {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "rtc-simulator-callbacks");
                t.setDaemon(true);
                return t;
            });
            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timings.callbackTimeout())
                    .build();
        }
    }

    /** Runs {@code scan} every {@code millis} on the delivery thread; a failing scan does not stop the next. */
    public synchronized void every(long millis, Runnable scan) {
        start();
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                scan.run();
            } catch (RuntimeException e) {
                // keep scanning: one bad event must not stop the pusher
            }
        }, 0, millis, TimeUnit.MILLISECONDS);
    }

    /** Queues an event behind the earlier events of its lane. */
    public synchronized void submit(OutgoingCallback callback) {
        start();
        events.incrementAndGet();
        Lane lane = lanes.computeIfAbsent(callback.lane(), Lane::new);
        lane.queue.addLast(new Item(callback, faults.next(callback.event())));
        pump(lane);
    }

    public Stats stats() {
        long pending;
        synchronized (this) {
            pending = events.get() - delivered.get() - givenUp.get();
        }
        return new Stats(events.get(), attempts.get(), delivered.get(), failedAttempts.get(), givenUp.get(), pending);
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        lanes.clear();
    }

    /** Starts the lane's next event unless one is in flight. Called with this object's lock held. */
    private void pump(Lane lane) {
        if (lane.busy || scheduler == null || scheduler.isShutdown()) {
            return;
        }
        Item head = lane.queue.peekFirst();
        if (head == null) {
            lanes.remove(lane.name);
            return;
        }
        if (head.is(CallbackFault.Type.OUT_OF_ORDER) && !head.swapped) {
            if (lane.queue.size() < 2) {
                if (!head.releaseScheduled) {
                    head.releaseScheduled = true;
                    scheduleLocked(() -> {
                        synchronized (this) {
                            head.swapped = true;
                            pump(lane);
                        }
                    }, timings.callbackMaxAge().toMillis());
                }
                return;
            }
            lane.queue.removeFirst();
            Item next = lane.queue.removeFirst();
            head.swapped = true;
            lane.queue.addFirst(head);
            lane.queue.addFirst(next);
        }
        Item item = lane.queue.removeFirst();
        lane.busy = true;
        long wait = item.is(CallbackFault.Type.DELAY) ? item.fault.delay().toMillis() : 0;
        scheduleLocked(() -> attempt(lane, item), wait);
    }

    private ScheduledFuture<?> scheduleLocked(Runnable task, long delayMillis) {
        return scheduler.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
    }

    private void attempt(Lane lane, Item item) {
        OutgoingCallback cb = item.callback;
        boolean wrong = item.attempts == 0 && item.is(CallbackFault.Type.WRONG_SIGNATURE);
        item.attempts++;
        attempts.incrementAndGet();
        HttpRequest.Builder request = HttpRequest.newBuilder(cb.url()).timeout(timings.callbackTimeout())
                .POST(HttpRequest.BodyPublishers.ofByteArray(cb.body()));
        (wrong ? cb.wronglySigned() : cb.headers()).forEach(request::header);
        http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            if (error == null && response.statusCode() == 200) {
                delivered(lane, item);
            } else {
                failedAttempts.incrementAndGet();
                retryOrGiveUp(lane, item);
            }
        });
    }

    private void delivered(Lane lane, Item item) {
        if (item.is(CallbackFault.Type.DUPLICATE) && !item.duplicateSent) {
            item.duplicateSent = true;
            attempts.incrementAndGet();
            HttpRequest.Builder again = HttpRequest.newBuilder(item.callback.url()).timeout(timings.callbackTimeout())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(item.callback.body()));
            item.callback.headers().forEach(again::header);
            http.sendAsync(again.build(), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> delivered(lane, item));
            return;
        }
        delivered.incrementAndGet();
        finish(lane);
    }

    private void retryOrGiveUp(Lane lane, Item item) {
        long wait = item.attempts == 1 ? 0 : timings.callbackRetryInterval().toMillis();
        long ageAtRetry = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - item.submittedNanos) + wait;
        synchronized (this) {
            if (ageAtRetry > timings.callbackMaxAge().toMillis() || scheduler.isShutdown()) {
                givenUp.incrementAndGet();
                lane.busy = false;
                pump(lane);
                return;
            }
            scheduleLocked(() -> attempt(lane, item), wait);
        }
    }

    private synchronized void finish(Lane lane) {
        lane.busy = false;
        pump(lane);
    }
}
