package dev.camelrtc.alilive;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelrtc.support.CloudApiException;
import dev.camelrtc.support.Json;
import dev.camelrtc.support.Retrier;
import dev.camelrtc.support.RetryPolicy;
import dev.camelrtc.support.SafeInvoker;
import dev.camelrtc.support.call.OperationKind;

/**
 * Calls an operation the safe way: under the action's rate limit, retried with backoff when the failure is transient
 * and repeating the call cannot start a second task, and reconciled when a retried stop or delete meets the effect of
 * an earlier attempt (ConfigNotFound after an attempt whose outcome is unknown: that attempt removed the task, so the
 * call is done).
 */
final class AliliveInvoker {

    static final String CONFIG_NOT_FOUND = "ConfigNotFound";

    private final AliliveEndpoint endpoint;
    private final SafeInvoker invoker;

    AliliveInvoker(AliliveEndpoint endpoint, Retrier retrier) {
        this.endpoint = endpoint;
        this.invoker = new SafeInvoker(retrier);
    }

    /**
     * Query, stop and delete retry every transient failure; create only those that provably never reached the
     * cloud, because CreateRtcAsrTask has no deduplication key and a repeat after a lost reply would start a second
     * task.
     */
    CompletableFuture<JsonNode> invoke(AliliveOperations operation, Map<String, String> params, RetryPolicy policy) {
        return invoker.invoke(operation.action(), policy, operation.retriesUncertain(null), () -> once(operation, params),
                failure -> reconcile(operation, failure));
    }

    /** One attempt, under the rate limit. */
    CompletableFuture<JsonNode> once(AliliveOperations operation, Map<String, String> params) {
        return endpoint.client().call(operation.action(), params, endpoint.rateLimiter(operation),
                Duration.ofMillis(endpoint.getConfiguration().getRateLimitMaxWait()));
    }

    /** ConfigNotFound answered to a stop or delete after an uncertain attempt: that attempt removed the task. */
    private static CompletableFuture<JsonNode> reconcile(AliliveOperations operation, CloudApiException failure) {
        if (operation.kind() == OperationKind.STOP && CONFIG_NOT_FOUND.equals(failure.getCode())) {
            ObjectNode done = Json.MAPPER.createObjectNode();
            done.put("RequestId", failure.getRequestId());
            return CompletableFuture.completedFuture(done);
        }
        return null;
    }
}
