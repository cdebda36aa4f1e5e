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

/**
 * Calls an operation the safe way: under the action's rate limit, retried with backoff when the failure is transient
 * and repeating the call cannot create a second task, and reconciled when the answer shows the job is done: a start
 * answered TaskExist whose SessionId finds a running task answers that task (a start is idempotent per SessionId: a
 * retry, a redelivery or a request read twice starts one task); a stop answered TaskNotExist after an uncertain
 * attempt is done.
 */
final class TrtcInvoker {

    /** The final status of AI transcription and AI conversation tasks. */
    private static final String STOPPED = "Stopped";

    private final TrtcEndpoint endpoint;
    private final SafeInvoker invoker;

    TrtcInvoker(TrtcEndpoint endpoint, Retrier retrier) {
        this.endpoint = endpoint;
        this.invoker = new SafeInvoker(retrier);
    }

    CompletableFuture<JsonNode> invoke(TrtcOperations operation, ObjectNode params, RetryPolicy policy) {
        return invoker.invoke(operation.action(), policy, operation.isRepeatable(params),
                () -> once(operation, params), (failure, afterUncertain) -> reconcile(operation, params, failure,
                        afterUncertain));
    }

    /** One attempt, under the rate limit. */
    CompletableFuture<JsonNode> once(TrtcOperations operation, ObjectNode params) {
        return endpoint.client().call(operation.action(), params, endpoint.rateLimiter(operation),
                Duration.ofMillis(endpoint.getConfiguration().getRateLimitMaxWait()));
    }

    /** The result a failure stands for, or null when it is a real failure. */
    private CompletableFuture<JsonNode> reconcile(TrtcOperations operation, ObjectNode params,
                                                  CloudApiException failure, boolean afterUncertain) {
        if (afterUncertain && operation.isStop() && "FailedOperation.TaskNotExist".equals(failure.getCode())) {
            ObjectNode done = Json.MAPPER.createObjectNode();
            done.put("RequestId", failure.getRequestId());
            if (operation == TrtcOperations.deleteCloudTranscription) {
                done.set("TaskId", params.get("TaskId"));
            }
            return CompletableFuture.completedFuture(done);
        }
        if (operation.takesSessionId() && "FailedOperation.TaskExist".equals(failure.getCode())
                && !Parameters.isMissing(params.get("SessionId"))) {
            return findStartedTask(operation, params, (TrtcException) failure);
        }
        return null;
    }

    /**
     * The running task an earlier start with this SessionId created. A TaskExist caused by another task (the same room
     * and robot user under another SessionId) finds none, or only an ended one: then the TaskExist stands.
     */
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
            if (failure != null || found.path("TaskId").asText("").isEmpty()
                    || STOPPED.equals(found.path("Status").asText())) {
                throw exists;
            }
            ObjectNode reply = Json.MAPPER.createObjectNode();
            reply.set("TaskId", found.get("TaskId"));
            reply.set("RequestId", found.get("RequestId"));
            return reply;
        });
    }
}
