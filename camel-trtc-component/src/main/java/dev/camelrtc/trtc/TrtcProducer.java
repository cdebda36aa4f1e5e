package dev.camelrtc.trtc;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;

import dev.camelrtc.support.Crypto;
import dev.camelrtc.support.Json;
import dev.camelrtc.support.Parameters;
import dev.camelrtc.support.Retrier;

/**
 * Calls the endpoint's operation (or the one of the {@code CamelTrtcOperation} header) with the message body as
 * request, asynchronously: the calling thread returns as soon as the request is handed to the HTTP client.
 */
public class TrtcProducer extends DefaultAsyncProducer {

    public TrtcProducer(TrtcEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public TrtcEndpoint getEndpoint() {
        return (TrtcEndpoint) super.getEndpoint();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        TrtcOperations operation;
        ObjectNode params;
        try {
            operation = operation(exchange.getMessage());
            params = TrtcRequests.build(operation, exchange.getMessage(), getEndpoint().getConfiguration());
        } catch (RuntimeException e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        TrtcEndpoint endpoint = getEndpoint();
        if (operation.takesSessionId() && endpoint.getConfiguration().isGenerateSessionId()
                && Parameters.isMissing(params.get("SessionId"))) {
            params.put("SessionId", derivedSessionId(params));
        }
        endpoint.invoker().invoke(operation, params, endpoint.getConfiguration().retryPolicy())
                .whenCompleteAsync((response, failure) -> {
            try {
                if (failure != null) {
                    exchange.setException(Retrier.unwrap(failure));
                } else {
                    reply(exchange.getMessage(), operation, response);
                    postFollow(exchange.getMessage(), operation, params);
                }
            } catch (RuntimeException e) {
                exchange.setException(e);
            } finally {
                callback.done(false);
            }
        }, endpoint.getComponent().callbackExecutor());
        return false;
    }

    /** Tells the component's consumers about started tasks, and about tasks a route asks them to follow or forget. */
    private void postFollow(Message message, TrtcOperations operation, ObjectNode params) {
        Boolean follow = message.getHeader(TrtcConstants.FOLLOW, Boolean.class);
        String taskId = message.getHeader(TrtcConstants.TASK_ID, String.class);
        if (taskId == null || taskId.isBlank()) {
            return;
        }
        var registry = getEndpoint().getComponent().followRegistry();
        if (operation.isStart() ? !Boolean.FALSE.equals(follow) : Boolean.TRUE.equals(follow)) {
            JsonNode sdkAppId = params.get("SdkAppId");
            registry.follow(operation.family(), taskId, Parameters.isMissing(sdkAppId) ? Map.of()
                    : Map.of("SdkAppId", sdkAppId.asText()));
        } else if (Boolean.FALSE.equals(follow)) {
            registry.unfollow(operation.family(), taskId);
        }
    }

    /**
     * Derived from the request itself, so that the same request sent again (a Camel redelivery, a retry after a lost
     * reply, a request file read twice) carries the same SessionId and starts at most one task while that task runs.
     */
    static String derivedSessionId(ObjectNode params) {
        try {
            byte[] canonical = CANONICAL.writeValueAsBytes(Json.MAPPER.convertValue(params, Object.class));
            return "camel-" + Crypto.sha256Hex(canonical).substring(0, 32);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the request parameters", e);
        }
    }

    private static final ObjectWriter CANONICAL = Json.MAPPER.writer()
            .with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private TrtcOperations operation(Message message) {
        String header = message.getHeader(TrtcConstants.OPERATION, String.class);
        return header == null || header.isBlank() ? getEndpoint().getOperation() : TrtcOperations.fromName(header);
    }

    private static void reply(Message message, TrtcOperations operation, JsonNode response) {
        Object body;
        try {
            body = Json.MAPPER.treeToValue(response, operation.responseType());
        } catch (Exception e) {
            throw new TrtcException(dev.camelrtc.support.CloudApiException.INVALID_RESPONSE,
                    "the response does not match " + operation.responseType().getSimpleName() + ": "
                            + e.getMessage(),
                    response.path("RequestId").asText(null), operation.action(), 200);
        }
        message.setBody(body);
        for (Map.Entry<String, String> header : Map.of("RequestId", TrtcConstants.REQUEST_ID, "TaskId",
                TrtcConstants.TASK_ID, "Status", TrtcConstants.STATUS).entrySet()) {
            JsonNode value = response.get(header.getKey());
            if (!Parameters.isMissing(value)) {
                message.setHeader(header.getValue(), value.asText());
            }
        }
    }
}
