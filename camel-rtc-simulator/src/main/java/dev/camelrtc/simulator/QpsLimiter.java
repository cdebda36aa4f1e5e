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
package dev.camelrtc.simulator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Per-key request counter over a sliding one-second window (the clouds' "N requests per second" limits). Keys are
 * built by the vendor APIs as vendor/account/action. Uses a monotonic clock, never the simulator's {@link java.time.Clock},
 * so a fixed test clock cannot freeze the window.
 */
public final class QpsLimiter {

    private static final long WINDOW_NANOS = 1_000_000_000L;

    private final Map<String, Deque<Long>> windows = new ConcurrentHashMap<>();
    private final AtomicLong refused = new AtomicLong();
    private final LongSupplier nanoTime;
    private final boolean enforced;

    public QpsLimiter(boolean enforced) {
        this(enforced, System::nanoTime);
    }

    QpsLimiter(boolean enforced, LongSupplier nanoTime) {
        this.enforced = enforced;
        this.nanoTime = nanoTime;
    }

    /** False with {@code --no-qps-limits}: then every call is let through, and callers need not build a key. */
    public boolean enforced() {
        return enforced;
    }

    /** Records one call for {@code key}; false when it would be call number {@code limit + 1} within the last second. */
    public boolean tryAcquire(String key, int limit) {
        if (!enforced) {
            return true;
        }
        Deque<Long> window = windows.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (window) {
            long now = nanoTime.getAsLong(); // read under the lock: the window stays in time order
            while (!window.isEmpty() && now - window.peekFirst() >= WINDOW_NANOS) {
                window.pollFirst();
            }
            if (window.size() >= limit) {
                refused.incrementAndGet();
                return false;
            }
            window.addLast(now);
            return true;
        }
    }

    /** How many calls were answered with a throttling error since the start or the last reset. */
    public long refused() {
        return refused.get();
    }

    /** Forgets every window and the refusal count. */
    public void reset() {
        windows.clear();
        refused.set(0);
    }
}
