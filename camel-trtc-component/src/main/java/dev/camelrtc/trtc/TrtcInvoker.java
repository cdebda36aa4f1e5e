package dev.camelrtc.trtc;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelrtc.support.CloudApiException;
import dev.camelrtc.support.Json;
import dev.camelrtc.support.Parameters;
import dev.camelrtc.support.Retrier;
import dev.camelrtc.support.RetryPolicy;
import dev.camelrtc.support.SafeInvoker;
import dev.camelrtc.support.call.OperationKind;

/**
 * Calls an operation the safe way: under the action's rate limit, retried with backoff when the failure is transient
 * and repeating the call cannot create a second task, and reconciled when a retry meets the effect of an earlier
 * attempt (a start answered TaskExist was created by that attempt; a stop answered TaskNotExist is done).
 */
final class TrtcInvoker {

    private final TrtcEndpoint endpoint;
    private final SafeInvoker invoker;

    TrtcInvoker(TrtcEndpoint endpoint, Retrier retrier) {
        this.endpoint = endpoint;
        this.invoker = new SafeInvoker(retrier);
    }

    CompletableFuture<JsonNode> invoke(TrtcOperations operation, ObjectNode params, RetryPolicy policy) {
        return invoker.invoke(operation.action(), policy, operation.retriesUncertain(params),
                () -> once(operation, params), failure -> reconcile(operation, params, failure));
    }

    /** One attempt, under the rate limit. */
    CompletableFuture<JsonNode> once(TrtcOperations operation, ObjectNode params) {
        return endpoint.client().call(operation.action(), params, endpoint.rateLimiter(operation),
                Duration.ofMillis(endpoint.getConfiguration().getRateLimitMaxWait()));
    }

    /** A stop answered TaskNotExist is done; a start answered TaskExist created its task: find it. Else null. */
    private CompletableFuture<JsonNode> reconcile(TrtcOperations operation, ObjectNode params,
                                                  CloudApiException failure) {
        if (operation.kind() == OperationKind.STOP && "FailedOperation.TaskNotExist".equals(failure.getCode())) {
            ObjectNode done = Json.MAPPER.createObjectNode();
            done.put("RequestId", failure.getRequestId());
            if (operation == TrtcOperations.deleteCloudTranscription) {
                done.set("TaskId", params.get("TaskId"));
            }
            return CompletableFuture.completedFuture(done);
        }
        if (operation.kind() == OperationKind.START && operation.accepts("SessionId") && "FailedOperation.TaskExist".equals(failure.getCode())
                && !Parameters.isMissing(params.get("SessionId"))) {
            return findStartedTask(operation, params, (TrtcException) failure);
        }
        return null;
    }

    /** The task an earlier attempt of this start created, found by its SessionId. */
    private CompletableFuture<JsonNode> findStartedTask(TrtcOperations start, ObjectNode params, TrtcException exists) {
        TrtcOperations describe = start.describeOperation();
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
