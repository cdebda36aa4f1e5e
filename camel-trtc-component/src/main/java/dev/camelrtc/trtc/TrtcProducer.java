package dev.camelrtc.trtc;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;

import dev.camelrtc.support.Json;
import dev.camelrtc.support.Parameters;
import dev.camelrtc.support.Retrier;
import dev.camelrtc.support.call.OperationKind;

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
        if (operation.kind() == OperationKind.START && operation.accepts("SessionId") && endpoint.getConfiguration().isGenerateSessionId()
                && Parameters.isMissing(params.get("SessionId"))) {
            params.put("SessionId", generatedSessionId(exchange, operation, params.path("RoomId").asText()));
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
        if (operation.kind() == OperationKind.START ? !Boolean.FALSE.equals(follow) : Boolean.TRUE.equals(follow)) {
            JsonNode sdkAppId = params.get("SdkAppId");
            registry.follow(operation.family(), taskId, Parameters.isMissing(sdkAppId) ? Map.of()
                    : Map.of("SdkAppId", sdkAppId.asText()));
        } else if (Boolean.FALSE.equals(follow)) {
            registry.unfollow(operation.family(), taskId);
        }
    }

    /**
     * One per exchange, operation and room, kept as an exchange property so that Camel redeliveries of the same
     * exchange repeat the same start.
     */
    private static String generatedSessionId(Exchange exchange, TrtcOperations operation, String roomId) {
        return exchange.getProperties().computeIfAbsent(GENERATED_SESSION_ID + "." + operation + "." + roomId,
                k -> "camel-" + UUID.randomUUID()).toString();
    }

    /** Prefix of the exchange properties holding generated SessionIds. */
    static final String GENERATED_SESSION_ID = "CamelTrtcGeneratedSessionId";

    private TrtcOperations operation(Message message) {
        String header = message.getHeader(TrtcConstants.OPERATION, String.class);
        return header == null || header.isBlank() ? getEndpoint().getOperation() : TrtcOperations.fromName(header);
    }

    private static void reply(Message message, TrtcOperations operation, JsonNode response) {
        Object body;
        try {
            body = Json.MAPPER.treeToValue(response, operation.spec().responseType());
        } catch (Exception e) {
            throw new TrtcException(dev.camelrtc.support.CloudApiException.INVALID_RESPONSE,
                    "the response does not match " + operation.spec().responseType().getSimpleName() + ": "
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
