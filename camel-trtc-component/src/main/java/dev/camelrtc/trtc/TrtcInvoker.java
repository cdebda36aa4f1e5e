package dev.camelrtc.trtc;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelrtc.support.CloudApiException;
import dev.camelrtc.support.Json;
import dev.camelrtc.support.Retrier;
import dev.camelrtc.support.RetryPolicy;
import dev.camelrtc.support.Transience;

/**
 * Calls an operation the safe way: under the action's rate limit, retried with backoff when the failure is transient
 * and repeating the call cannot create a second task, and reconciled when a retry meets the effect of an earlier
 * attempt (a start answered TaskExist was created by that attempt; a stop answered TaskNotExist is done).
 */
final class TrtcInvoker {

    private final TrtcEndpoint endpoint;
    private final Retrier retrier;

    TrtcInvoker(TrtcEndpoint endpoint, Retrier retrier) {
        this.endpoint = endpoint;
        this.retrier = retrier;
    }

    CompletableFuture<JsonNode> invoke(TrtcOperations operation, ObjectNode params, RetryPolicy policy) {
        boolean repeatable = operation.isRepeatable(params);
        return retrier.<JsonNode>run(operation.action(), policy, failure -> retryable(failure, repeatable),
                attempt -> once(operation, params).exceptionallyCompose(failure -> attempt == 1
                        ? CompletableFuture.failedFuture(Retrier.unwrap(failure))
                        : reconcile(operation, params, Retrier.unwrap(failure))))
                .exceptionallyCompose(failure -> CompletableFuture.failedFuture(
                        repeatable ? Retrier.unwrap(failure) : sayIfMaybeExecuted(Retrier.unwrap(failure))));
    }

    /**
     * A call that is not safe to repeat failed in a way that does not tell whether the cloud executed it: say so, so
     * that the route knows a task may exist (or a command may have been delivered) although the call failed.
     */
    private static Throwable sayIfMaybeExecuted(Throwable failure) {
        if (failure instanceof TrtcException e && e.transience() == Transience.UNCERTAIN) {
            return new TrtcException(e.getCode(), e.getErrorMessage() + "; the request may have been executed by"
                    + " the cloud and was not repeated, because repeating " + e.getAction() + " is not safe",
                    e.getRequestId(), e.getAction(), e.getHttpStatus(), e.getCause());
        }
        return failure;
    }

    /** One attempt, under the rate limit. */
    CompletableFuture<JsonNode> once(TrtcOperations operation, ObjectNode params) {
        return endpoint.client().call(operation.action(), params, endpoint.rateLimiter(operation),
                Duration.ofMillis(endpoint.getConfiguration().getRateLimitMaxWait()));
    }

    private static boolean retryable(Throwable failure, boolean repeatable) {
        if (!(failure instanceof CloudApiException e)) {
            return false;
        }
        Transience transience = e.transience();
        return transience == Transience.NOT_EXECUTED || (repeatable && transience == Transience.UNCERTAIN);
    }

    private CompletableFuture<JsonNode> reconcile(TrtcOperations operation, ObjectNode params, Throwable failure) {
        if (!(failure instanceof TrtcException e)) {
            return CompletableFuture.failedFuture(failure);
        }
        if (operation.isStop() && "FailedOperation.TaskNotExist".equals(e.getCode())) {
            ObjectNode done = Json.MAPPER.createObjectNode();
            done.put("RequestId", e.getRequestId());
            if (operation == TrtcOperations.deleteCloudTranscription) {
                done.set("TaskId", params.get("TaskId"));
            }
            return CompletableFuture.completedFuture(done);
        }
        if (operation.takesSessionId() && "FailedOperation.TaskExist".equals(e.getCode())
                && !dev.camelrtc.support.Parameters.isMissing(params.get("SessionId"))) {
            return findStartedTask(operation, params, e);
        }
        return CompletableFuture.failedFuture(failure);
    }

    /** The task an earlier attempt of this start created, found by its SessionId. */
    private CompletableFuture<JsonNode> findStartedTask(TrtcOperations start, ObjectNode params, TrtcException exists) {
        TrtcOperations describe = start == TrtcOperations.startAITranscription
                ? TrtcOperations.describeAITranscription : TrtcOperations.describeAIConversation;
        ObjectNode query = Json.MAPPER.createObjectNode();
        query.put("TaskId", "");
        query.set("SdkAppId", params.get("SdkAppId"));
        query.set("SessionId", params.get("SessionId"));
        if (describe == TrtcOperations.describeAIConversation) {
            query.remove("TaskId");
        }
        return once(describe, query).handle((found, failure) -> {
            if (failure != null || found.path("TaskId").asText("").isEmpty()) {
                throw exists;
            }
            ObjectNode reply = Json.MAPPER.createObjectNode();
            reply.set("TaskId", found.get("TaskId"));
            reply.set("RequestId", found.get("RequestId"));
            return reply;
        });
    }
}
