package dev.camelrtc.support.resilience;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimiterTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void grantsTheLimitAtOnceThenWaitsForTheWindow() {
        RateLimiter limiter = new RateLimiter("Describe for AKID", 3, scheduler, now::get);

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire(Duration.ZERO)).isCompleted();
        }
        assertThat(limiter.currentWait()).isEqualTo(RateLimiter.WINDOW);

        now.addAndGet(Duration.ofMillis(600).toNanos());
        assertThat(limiter.currentWait()).isEqualTo(Duration.ofMillis(500));
        CompletableFuture<Void> fourth = limiter.acquire(Duration.ofSeconds(1));
        assertThat(fourth).isNotDone();
        assertThat(fourth).succeedsWithin(Duration.ofSeconds(5));
    }

    @Test
    void refusesWithoutReservingWhenTheSlotIsBeyondMaxWait() {
        RateLimiter limiter = new RateLimiter("Start for AKID", 2, scheduler, now::get);
        limiter.acquire(Duration.ZERO);
        limiter.acquire(Duration.ZERO);

        CompletableFuture<Void> refused = limiter.acquire(Duration.ofMillis(500));

        assertThat(refused).isCompletedExceptionally();
        assertThatThrownBy(refused::join).hasCauseInstanceOf(RateLimitExceededException.class)
                .hasMessageContaining("Start for AKID").hasMessageContaining("2 calls per second");
        // nothing was reserved: the next slot is still one window after the first grant
        assertThat(limiter.currentWait()).isEqualTo(RateLimiter.WINDOW);
    }

    @Test
    void neverStartsMoreThanTheLimitInAnyWindow() {
        RateLimiter limiter = new RateLimiter("burst", 5, scheduler, now::get);
        long[] starts = new long[12];
        for (int i = 0; i < starts.length; i++) {
            // the slot a reservation gets starts after the wait currentWait() reports just before it
            starts[i] = now.get() + limiter.currentWait().toNanos();
            limiter.acquire(Duration.ofSeconds(10));
            now.addAndGet(Duration.ofMillis(30).toNanos());
        }

        for (int i = 5; i < starts.length; i++) {
            assertThat(starts[i] - starts[i - 5]).as("start %d vs %d", i, i - 5)
                    .isGreaterThanOrEqualTo(RateLimiter.WINDOW.toNanos());
        }
        assertThat(starts[4] - starts[0]).as("the first five start at once, 30 ms apart")
                .isEqualTo(Duration.ofMillis(120).toNanos());
    }

    @Test
    void overridesParseAndBadEntriesFailClearly() {
        assertThat(RateLimiters.parseOverrides("DescribeAITranscription=10, StartAITranscription:25;"))
                .containsEntry("DescribeAITranscription", 10).containsEntry("StartAITranscription", 25);
        assertThatThrownBy(() -> RateLimiters.parseOverrides("Describe=ten"))
                .hasMessageContaining("Invalid rate limit 'Describe=ten'");
        assertThatThrownBy(() -> RateLimiters.parseOverrides("Describe=0")).hasMessageContaining("positive");
    }
}
