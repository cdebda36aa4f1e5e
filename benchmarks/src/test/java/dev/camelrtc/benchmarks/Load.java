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
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/** Drives one client at a fixed concurrency for a while and measures calls per second and process CPU per call. */
final class Load {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** A client whose callers block until the reply is there. */
    @FunctionalInterface
    interface Blocking {
        void call() throws Exception;
    }

    /** A client that starts a call and reports its end: null on success, else the failure. */
    @FunctionalInterface
    interface Async {
        void start(Consumer<Throwable> done);
    }

    record Result(long calls, long errors, double seconds, long cpuNanos, String firstError) {
        double callsPerSecond() {
            return calls / seconds;
        }

        double cpuMicrosPerCall() {
            return calls == 0 ? Double.NaN : cpuNanos / 1000.0 / calls;
        }
    }

    private Load() {
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? failure.toString() : failure + " caused by " + root;
    }

    /** CPU time of this whole process (all threads, JIT and GC included), in nanoseconds. */
    static long processCpuNanos() {
        return OS.getProcessCpuTime();
    }

    /** {@code concurrency} threads, each calling in a loop until the time is up. */
    static Result blocking(Blocking client, int concurrency, long millis) throws InterruptedException {
        LongAdder calls = new LongAdder();
        LongAdder errors = new LongAdder();
        AtomicReference<String> firstError = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        long deadline = t0 + TimeUnit.MILLISECONDS.toNanos(millis);
        for (int i = 0; i < concurrency; i++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    try {
                        client.call();
                        calls.increment();
                    } catch (Exception e) {
                        errors.increment();
                        firstError.compareAndSet(null, describe(e));
                    }
                }
            }, "bench-caller-" + i);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return new Result(calls.sum(), errors.sum(), (System.nanoTime() - t0) / 1e9, processCpuNanos() - cpu0,
                firstError.get());
    }

    /** One thread keeps {@code concurrency} calls in flight until the time is up, then waits for the last ones. */
    static Result async(Async client, int concurrency, long millis) throws InterruptedException {
        LongAdder calls = new LongAdder();
        LongAdder errors = new LongAdder();
        AtomicReference<String> firstError = new AtomicReference<>();
        Semaphore inFlight = new Semaphore(concurrency);
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        long deadline = t0 + TimeUnit.MILLISECONDS.toNanos(millis);
        while (System.nanoTime() < deadline) {
            if (!inFlight.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                continue;
            }
            client.start(failure -> {
                if (failure == null) {
                    calls.increment();
                } else {
                    errors.increment();
                    firstError.compareAndSet(null, describe(failure));
                }
                inFlight.release();
            });
        }
        if (!inFlight.tryAcquire(concurrency, 60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("calls still in flight 60 s after the end of the round");
        }
        return new Result(calls.sum(), errors.sum(), (System.nanoTime() - t0) / 1e9, processCpuNanos() - cpu0,
                firstError.get());
    }
}
