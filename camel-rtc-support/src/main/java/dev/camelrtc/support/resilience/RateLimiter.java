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
package dev.camelrtc.support.resilience;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * Client-side limit of one API action for one credential, which holds at the cloud's edge whatever happens between
 * client and cloud: {@code permitsPerSecond} lanes, each carrying one call at a time, and a lane takes its next call
 * only {@link #WINDOW} after its last call <em>completed</em>. The cloud counts a call somewhere between its start and
 * its completion, so two calls of one lane are counted at least a window apart, and no window of the cloud sees more
 * than {@code permitsPerSecond} calls, however long the calls queued for a connection or a server thread. (Counting at
 * the start alone let calls that queued land in the same cloud second as later ones.)
 *
 * <p>Waiting never blocks the caller: {@link #acquire} returns a future of a {@link Permit} that a scheduler completes
 * when its lane is free; the caller {@link Permit#release releases} the permit when the call completed.
 */
public final class RateLimiter {

    /** How long a lane rests after a call: the cloud's second plus 10% for clock granularity on both sides. */
    public static final Duration WINDOW = Duration.ofMillis(1100);

    private static final long IN_FLIGHT = Long.MAX_VALUE;

    private final String name;
    private final int permitsPerSecond;
    private final long windowNanos;
    private final long[] freeAt; // per lane: when it may start its next call, or IN_FLIGHT while it carries one
    private final Deque<Waiter> waiters = new ArrayDeque<>(); // callers waiting for a lane to complete its call
    private final ScheduledExecutorService scheduler;
    private final LongSupplier nanoTime;

    /** The right to make one call; release it once the call completed, failed or was abandoned. */
    public final class Permit {
        private final int lane;
        private final long start;
        private final AtomicBoolean released = new AtomicBoolean();

        private Permit(int lane, long start) {
            this.lane = lane;
            this.start = start;
        }

        /** The limiter's clock reading when the call may start. */
        long start() {
            return start;
        }

        /** Ends the call for the limiter: its lane rests one window from now. Idempotent. */
        public void release() {
            if (released.compareAndSet(false, true)) {
                completed(lane);
            }
        }
    }

    private record Waiter(long deadline, Duration maxWait, CompletableFuture<Permit> permit) {
    }

    public RateLimiter(String name, int permitsPerSecond, ScheduledExecutorService scheduler) {
        this(name, permitsPerSecond, scheduler, System::nanoTime);
    }

    RateLimiter(String name, int permitsPerSecond, ScheduledExecutorService scheduler, LongSupplier nanoTime) {
        if (permitsPerSecond < 1) {
            throw new IllegalArgumentException("Rate limit of " + name + " must be at least 1 per second, was "
                    + permitsPerSecond);
        }
        this.name = name;
        this.permitsPerSecond = permitsPerSecond;
        this.windowNanos = WINDOW.toNanos();
        this.freeAt = new long[permitsPerSecond];
        this.scheduler = scheduler;
        this.nanoTime = nanoTime;
        Arrays.fill(freeAt, nanoTime.getAsLong() - windowNanos);
    }

    public String name() {
        return name;
    }

    public int permitsPerSecond() {
        return permitsPerSecond;
    }

    /**
     * A permit for one call. The future completes (on the scheduler's thread when it has to wait) once the call may
     * start, or fails with a {@link RateLimitExceededException} when no lane is free within {@code maxWait}: at once
     * when a resting lane is further away, else when the wait for a lane whose call is still running ran out.
     */
    public CompletableFuture<Permit> acquire(Duration maxWait) {
        CompletableFuture<Permit> permit = new CompletableFuture<>();
        long maxWaitNanos = maxWait.toNanos();
        Waiter waiter;
        synchronized (this) {
            long now = nanoTime.getAsLong();
            int lane = restingLane();
            if (waiters.isEmpty() && lane >= 0) {
                long start = Math.max(now, freeAt[lane]);
                if (start - now > maxWaitNanos) {
                    return CompletableFuture.failedFuture(refusal(maxWait));
                }
                freeAt[lane] = IN_FLIGHT;
                grantAt(permit, new Permit(lane, start), start - now);
                return permit;
            }
            waiter = new Waiter(now + maxWaitNanos, maxWait, permit);
            waiters.addLast(waiter);
        }
        schedule(() -> giveUp(waiter), maxWaitNanos, permit);
        return permit;
    }

    /** How long until a call could start now, if no running call completes first (then at least a window). */
    public synchronized Duration currentWait() {
        int lane = waiters.isEmpty() ? restingLane() : -1;
        return lane < 0 ? WINDOW : Duration.ofNanos(Math.max(0, freeAt[lane] - nanoTime.getAsLong()));
    }

    /** The lane that rests and is free soonest, or -1 when every lane carries a call. */
    private int restingLane() {
        int best = -1;
        for (int lane = 0; lane < freeAt.length; lane++) {
            if (freeAt[lane] != IN_FLIGHT && (best < 0 || freeAt[lane] < freeAt[best])) {
                best = lane;
            }
        }
        return best;
    }

    /** A lane's call completed: the first waiter that can wait that long gets the lane after its rest. */
    private void completed(int lane) {
        synchronized (this) {
            long now = nanoTime.getAsLong();
            long free = now + windowNanos;
            Waiter waiter;
            while ((waiter = waiters.pollFirst()) != null) {
                if (free <= waiter.deadline()) {
                    grantAt(waiter.permit(), new Permit(lane, free), free - now);
                    return;
                }
                waiter.permit().completeExceptionally(refusal(waiter.maxWait()));
            }
            freeAt[lane] = free;
        }
    }

    private void giveUp(Waiter waiter) {
        boolean waiting;
        synchronized (this) {
            waiting = waiters.remove(waiter);
        }
        if (waiting) {
            waiter.permit().completeExceptionally(refusal(waiter.maxWait()));
        }
    }

    /** Completes {@code future} with {@code permit} after {@code waitNanos}; a permit nobody can take goes back. */
    private void grantAt(CompletableFuture<Permit> future, Permit permit, long waitNanos) {
        if (waitNanos <= 0) {
            future.complete(permit);
        } else {
            schedule(() -> future.complete(permit), waitNanos, future);
        }
        future.whenComplete((granted, failure) -> {
            if (failure != null) {
                permit.release();
            }
        });
    }

    private void schedule(Runnable task, long delayNanos, CompletableFuture<Permit> future) {
        try {
            scheduler.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException stopping) {
            future.completeExceptionally(new IllegalStateException("The component is stopping: " + name
                    + " takes no more calls", stopping));
        }
    }

    private RateLimitExceededException refusal(Duration maxWait) {
        return new RateLimitExceededException(name, permitsPerSecond, maxWait);
    }
}
