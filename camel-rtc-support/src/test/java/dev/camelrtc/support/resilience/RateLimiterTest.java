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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
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

    /** Runs scheduled tasks at once: the tests move the limiter's clock themselves. */
    private final ScheduledExecutorService noDelay = new ScheduledThreadPoolExecutor(1) {
        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            return super.schedule(command, 0, unit);
        }
    };

    @AfterEach
    void stopNoDelay() {
        noDelay.shutdownNow();
    }

    @Test
    void grantsTheLimitAtOnceThenALaneOneWindowAfterItsCallCompleted() {
        RateLimiter limiter = new RateLimiter("Describe for AKID", 3, scheduler, now::get);
        List<RateLimiter.Permit> running = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            running.add(limiter.acquire(Duration.ZERO).join());
        }
        CompletableFuture<RateLimiter.Permit> fourth = limiter.acquire(Duration.ofSeconds(5));
        assertThat(fourth).as("every lane carries a call").isNotDone();
        assertThat(limiter.currentWait()).isEqualTo(RateLimiter.WINDOW);

        now.addAndGet(Duration.ofMillis(600).toNanos());
        running.get(1).release();
        running.get(1).release(); // idempotent: one lane, not two
        assertThat(fourth).succeedsWithin(Duration.ofSeconds(5))
                .satisfies(p -> assertThat(p.start()).isEqualTo(now.get() + RateLimiter.WINDOW.toNanos()));
        assertThat(limiter.acquire(Duration.ofSeconds(5))).as("still three calls at most").isNotDone();
    }

    @Test
    void refusesWithoutReservingWhenTheLaneIsBeyondMaxWait() {
        RateLimiter limiter = new RateLimiter("Start for AKID", 2, scheduler, now::get);
        limiter.acquire(Duration.ZERO).join().release();
        limiter.acquire(Duration.ZERO).join().release();

        CompletableFuture<RateLimiter.Permit> refused = limiter.acquire(Duration.ofMillis(500));

        assertThat(refused).isCompletedExceptionally();
        assertThatThrownBy(refused::join).hasCauseInstanceOf(RateLimitExceededException.class)
                .hasMessageContaining("Start for AKID").hasMessageContaining("2 calls per second");
        // nothing was reserved: a lane still rests one window after the calls completed
        assertThat(limiter.currentWait()).isEqualTo(RateLimiter.WINDOW);
    }

    @Test
    void aWaiterWhoseMaxWaitRunsOutWhileEveryLaneIsBusyIsRefused() {
        RateLimiter limiter = new RateLimiter("Create for LTAI", 1, scheduler, now::get);
        RateLimiter.Permit running = limiter.acquire(Duration.ZERO).join();

        CompletableFuture<RateLimiter.Permit> waiting = limiter.acquire(Duration.ofMillis(50));

        assertThatThrownBy(() -> waiting.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(RateLimitExceededException.class);
        running.release();
        assertThat(limiter.currentWait()).isEqualTo(RateLimiter.WINDOW);
    }

    @Test
    void noCloudWindowSeesMoreThanTheLimitWhateverTheCallsTake() {
        RateLimiter limiter = new RateLimiter("burst", 5, noDelay, now::get);
        long[] latenciesMs = {900, 30, 30, 700, 30, 30, 1500, 30, 30, 30, 400, 30, 30, 30, 30, 30, 2000, 30, 30, 30};
        record Call(RateLimiter.Permit permit, long start, long end) {
        }
        List<Call> calls = new ArrayList<>();
        List<Call> running = new ArrayList<>();
        for (long latency : latenciesMs) {
            if (running.size() == 5) {
                // every lane is busy: time goes on to the earliest completion, which releases its lane
                Call first = running.stream().min(Comparator.comparingLong(Call::end)).orElseThrow();
                now.set(Math.max(now.get(), first.end()));
                running.remove(first);
                first.permit().release();
            }
            RateLimiter.Permit permit = limiter.acquire(Duration.ofSeconds(30)).join();
            Call call = new Call(permit, permit.start(), permit.start() + Duration.ofMillis(latency).toNanos());
            calls.add(call);
            running.add(call);
        }
        // the cloud counts each call at some moment between its start and its end: whatever those moments, a window
        // of one second can only hold calls whose [start, end] meets it; the worst windows begin at a call's end
        long second = Duration.ofSeconds(1).toNanos();
        for (Call from : calls) {
            long meeting = calls.stream().filter(c -> c.start() < from.end() + second && c.end() >= from.end()).count();
            assertThat(meeting).as("calls that may be counted in the second after a call ended").isLessThanOrEqualTo(5);
        }
        assertThat(calls.get(4).start()).as("the first five start at once").isEqualTo(calls.get(0).start());
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
