package dev.camelrtc.support.resilience;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Client-side limit of one API action for one credential: at most {@code permitsPerSecond} calls start within any
 * window of {@link #WINDOW} (one second plus a margin, so that network jitter cannot squeeze more than the cloud's
 * per-second limit into the cloud's own one-second window). Waiting never blocks the caller: {@link #acquire}
 * reserves the next free slot and returns a future that a scheduler completes when the slot begins.
 */
public final class RateLimiter {

    /** The window the limit applies to: the cloud's second plus 10% for jitter between client and server. */
    public static final Duration WINDOW = Duration.ofMillis(1100);

    private final String name;
    private final int permitsPerSecond;
    private final long windowNanos;
    private final long[] slots; // start times of the last permitsPerSecond reservations, a ring in time order
    private int oldest;
    private final ScheduledExecutorService scheduler;
    private final LongSupplier nanoTime;

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
        this.slots = new long[permitsPerSecond];
        this.scheduler = scheduler;
        this.nanoTime = nanoTime;
        long start = nanoTime.getAsLong() - windowNanos;
        Arrays.fill(slots, start);
    }

    public String name() {
        return name;
    }

    public int permitsPerSecond() {
        return permitsPerSecond;
    }

    /**
     * Reserves a slot. The future completes (on the scheduler's thread when it has to wait) once the call may start,
     * or fails at once with a {@link RateLimitExceededException} when the slot is further away than {@code maxWait}
     * (nothing is reserved then).
     */
    public CompletableFuture<Void> acquire(Duration maxWait) {
        long waitNanos = reserve(maxWait.toNanos());
        if (waitNanos < 0) {
            return CompletableFuture.failedFuture(new RateLimitExceededException(name, permitsPerSecond, maxWait));
        }
        if (waitNanos == 0) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> slot = new CompletableFuture<>();
        try {
            scheduler.schedule(() -> slot.complete(null), waitNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException stopping) {
            slot.completeExceptionally(new IllegalStateException("The component is stopping: " + name
                    + " takes no more calls", stopping));
        }
        return slot;
    }

    /** How long until a call could start now, without reserving anything. */
    public synchronized Duration currentWait() {
        return Duration.ofNanos(Math.max(0, slots[oldest] + windowNanos - nanoTime.getAsLong()));
    }

    /** Reserves the next slot if it starts within maxWaitNanos: the wait in nanos (0 = now), or -1 if too far. */
    private synchronized long reserve(long maxWaitNanos) {
        long now = nanoTime.getAsLong();
        long start = Math.max(now, slots[oldest] + windowNanos);
        long wait = start - now;
        if (wait > maxWaitNanos) {
            return -1;
        }
        slots[oldest] = start;
        oldest = (oldest + 1) % slots.length;
        return wait;
    }
}
