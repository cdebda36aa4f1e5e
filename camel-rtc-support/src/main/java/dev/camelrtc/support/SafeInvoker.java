package dev.camelrtc.support;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Calls an API action the safe way, for both components: retried with backoff when the failure is transient and
 * repeating cannot do more than the first call ({@code repeatable}), or provably never reached the cloud; reconciled
 * when a retry meets the effect of an earlier attempt whose outcome was unknown (only then: after attempts that
 * provably did nothing, a "task exists" or "task not found" answer is the truth, not an echo); and, when a call unsafe
 * to repeat fails uncertainly, failed with an error saying the cloud may have executed it.
 */
public final class SafeInvoker {

    private final Retrier retrier;

    public SafeInvoker(Retrier retrier) {
        this.retrier = retrier;
    }

    /**
     * @param attempt   one attempt (under the rate limit)
     * @param reconcile given the failure of a retry that followed an uncertain attempt: the call's result if that
     *                  failure shows the earlier attempt did the job, else null
     */
    public <T> CompletableFuture<T> invoke(String action, RetryPolicy policy, boolean repeatable,
                                           Supplier<CompletableFuture<T>> attempt,
                                           Function<CloudApiException, CompletableFuture<T>> reconcile) {
        AtomicBoolean mayHaveExecuted = new AtomicBoolean();
        return retrier.<T>run(action, policy, failure -> retryable(failure, repeatable),
                n -> attempt.get().exceptionallyCompose(failure -> {
                    Throwable cause = Retrier.unwrap(failure);
                    if (cause instanceof CloudApiException e) {
                        if (mayHaveExecuted.get()) {
                            CompletableFuture<T> reconciled = reconcile.apply(e);
                            if (reconciled != null) {
                                return reconciled;
                            }
                        }
                        if (e.transience() == Transience.UNCERTAIN) {
                            mayHaveExecuted.set(true);
                        }
                    }
                    return CompletableFuture.failedFuture(cause);
                }))
                .exceptionallyCompose(failure -> {
                    Throwable cause = Retrier.unwrap(failure);
                    if (!repeatable && cause instanceof CloudApiException e
                            && e.transience() == Transience.UNCERTAIN) {
                        cause = e.withErrorMessage(e.getErrorMessage() + "; the request may have been executed by"
                                + " the cloud and was not repeated, because repeating " + action + " is not safe");
                    }
                    return CompletableFuture.failedFuture(cause);
                });
    }

    static boolean retryable(Throwable failure, boolean repeatable) {
        if (!(failure instanceof CloudApiException e)) {
            return false;
        }
        Transience transience = e.transience();
        return transience == Transience.NOT_EXECUTED || repeatable && transience == Transience.UNCERTAIN;
    }
}
