package dev.camelrtc.support;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an asynchronous call with retries: backoff waits are scheduled, never slept, so no thread is held while
 * waiting. The call gets its attempt number (1 for the first), so that it can reconcile the outcome of an earlier
 * attempt (a task that now "already exists" was created by it).
 */
public final class Retrier {

    private static final Logger LOG = LoggerFactory.getLogger(Retrier.class);

    private final ScheduledExecutorService scheduler;

    public Retrier(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /**
     * @param what      names the call in logs (an action name; never parameters)
     * @param retryable whether a failure may be retried (given the unwrapped exception)
     */
    public <T> CompletableFuture<T> run(String what, RetryPolicy policy, Predicate<Throwable> retryable,
                                        IntFunction<CompletableFuture<T>> call) {
        CompletableFuture<T> result = new CompletableFuture<>();
        attempt(what, policy, retryable, call, 1, System.nanoTime(), result);
        return result;
    }

    private <T> void attempt(String what, RetryPolicy policy, Predicate<Throwable> retryable,
                             IntFunction<CompletableFuture<T>> call, int attempt, long startNanos,
                             CompletableFuture<T> result) {
        CompletableFuture<T> future;
        try {
            future = call.apply(attempt);
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
            return;
        }
        future.whenComplete((value, failure) -> {
            if (failure == null) {
                result.complete(value);
                return;
            }
            Throwable cause = unwrap(failure);
            Duration backoff = policy.backoff(attempt, ThreadLocalRandom.current());
            boolean inTime = System.nanoTime() - startNanos + backoff.toNanos() <= policy.maxElapsed().toNanos();
            if (attempt >= policy.maxAttempts() || !inTime || !retryable.test(cause)) {
                result.completeExceptionally(cause);
                return;
            }
            LOG.debug("{} failed on attempt {} ({}); retrying in {} ms", what, attempt, cause.getMessage(),
                    backoff.toMillis());
            try {
                scheduler.schedule(() -> attempt(what, policy, retryable, call, attempt + 1, startNanos, result),
                        backoff.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopping) {
                result.completeExceptionally(cause); // the component is stopping: no more retries
            }
        });
    }

    public static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
