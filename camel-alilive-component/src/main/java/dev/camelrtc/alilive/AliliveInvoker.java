package dev.camelrtc.alilive;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelrtc.support.CloudApiException;
import dev.camelrtc.support.Json;
import dev.camelrtc.support.Retrier;
import dev.camelrtc.support.RetryPolicy;
import dev.camelrtc.support.Transience;

/**
 * Calls an operation the safe way: under the action's rate limit, retried with backoff when the failure is transient
 * and repeating the call cannot start a second task, and reconciled when a retried stop or delete meets the effect of
 * an earlier attempt (ConfigNotFound after an attempt whose outcome is unknown: that attempt removed the task, so the
 * call is done).
 */
final class AliliveInvoker {

    static final String CONFIG_NOT_FOUND = "ConfigNotFound";

    private final AliliveEndpoint endpoint;
    private final Retrier retrier;

    AliliveInvoker(AliliveEndpoint endpoint, Retrier retrier) {
        this.endpoint = endpoint;
        this.retrier = retrier;
    }

    CompletableFuture<JsonNode> invoke(AliliveOperations operation, Map<String, String> params, RetryPolicy policy) {
        // set once an attempt failed in a way the cloud may nevertheless have executed
        AtomicBoolean mayHaveExecuted = new AtomicBoolean();
        return retrier.run(operation.action(), policy, failure -> retryable(operation, failure),
                attempt -> once(operation, params).exceptionallyCompose(failure -> {
                    Throwable cause = Retrier.unwrap(failure);
                    if (attempt > 1 && mayHaveExecuted.get()) {
                        return reconcile(operation, cause);
                    }
                    if (cause instanceof CloudApiException e && e.transience() == Transience.UNCERTAIN) {
                        mayHaveExecuted.set(true);
                    }
                    return CompletableFuture.failedFuture(cause);
                }))
                .exceptionallyCompose(failure -> CompletableFuture.failedFuture(operation.isRepeatable()
                        ? Retrier.unwrap(failure) : sayIfMaybeExecuted(Retrier.unwrap(failure))));
    }

    /**
     * A call that is not safe to repeat (create) failed in a way that does not tell whether the cloud executed it:
     * say so, so that the route knows a task may exist although the call failed.
     */
    static Throwable sayIfMaybeExecuted(Throwable failure) {
        if (failure instanceof AliliveException e && e.transience() == Transience.UNCERTAIN) {
            return new AliliveException(e.getCode(), e.getErrorMessage() + "; the request may have been executed by"
                    + " the cloud and was not repeated, because repeating " + e.getAction() + " is not safe",
                    e.getRequestId(), e.getAction(), e.getHttpStatus(), e.getHostId(), e.getRecommend(),
                    e.getCause());
        }
        return failure;
    }

    /** One attempt, under the rate limit. */
    CompletableFuture<JsonNode> once(AliliveOperations operation, Map<String, String> params) {
        return endpoint.client().call(operation.action(), params, endpoint.rateLimiter(operation),
                Duration.ofMillis(endpoint.getConfiguration().getRateLimitMaxWait()));
    }

    /**
     * Query, stop and delete retry every transient failure; create only those that provably never reached the
     * cloud, because CreateRtcAsrTask has no deduplication key and a repeat after a lost reply would start a second
     * task.
     */
    static boolean retryable(AliliveOperations operation, Throwable failure) {
        if (!(failure instanceof CloudApiException e)) {
            return false;
        }
        Transience transience = e.transience();
        return transience == Transience.NOT_EXECUTED
                || transience == Transience.UNCERTAIN && operation.isRepeatable();
    }

    private static CompletableFuture<JsonNode> reconcile(AliliveOperations operation, Throwable failure) {
        if (operation.isStopOrDelete() && failure instanceof AliliveException e
                && CONFIG_NOT_FOUND.equals(e.getCode())) {
            ObjectNode done = Json.MAPPER.createObjectNode();
            done.put("RequestId", e.getRequestId());
            return CompletableFuture.completedFuture(done);
        }
        return CompletableFuture.failedFuture(failure);
    }
}
