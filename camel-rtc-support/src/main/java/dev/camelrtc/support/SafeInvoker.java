package dev.camelrtc.support;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Calls an API action the safe way, for both components: retried with backoff when the failure is transient and
 * repeating cannot do more than the first call ({@code repeatable}), or provably never reached the cloud; reconciled
 * when a failure shows that the job is done already (the vendor's {@link Reconciler} decides, told whether an earlier
 * attempt's outcome was unknown); and, when a call unsafe to repeat fails uncertainly, failed with an error saying the
 * cloud may have executed it.
 */
public final class SafeInvoker {

    private final Retrier retrier;

    public SafeInvoker(Retrier retrier) {
        this.retrier = retrier;
    }

    /** Turns a failure that shows the job is done into the call's result. */
    @FunctionalInterface
    public interface Reconciler<T> {
        /**
         * @param afterUncertainAttempt whether an earlier attempt of this call may have been executed: only then is a
         *                              "task not found" answer to a stop its echo rather than the truth
         * @return the call's result if the failure shows the job is done, else null
         */
        CompletableFuture<T> reconcile(CloudApiException failure, boolean afterUncertainAttempt);
    }

    /** @param attempt one attempt (under the rate limit) */
    public <T> CompletableFuture<T> invoke(String action, RetryPolicy policy, boolean repeatable,
                                           Supplier<CompletableFuture<T>> attempt, Reconciler<T> reconciler) {
        AtomicBoolean mayHaveExecuted = new AtomicBoolean();
        return retrier.<T>run(action, policy, failure -> retryable(failure, repeatable),
                n -> attempt.get().exceptionallyCompose(failure -> {
                    Throwable cause = Retrier.unwrap(failure);
                    if (cause instanceof CloudApiException e) {
                        CompletableFuture<T> reconciled = reconciler.reconcile(e, mayHaveExecuted.get());
                        if (reconciled != null) {
                            return reconciled;
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
