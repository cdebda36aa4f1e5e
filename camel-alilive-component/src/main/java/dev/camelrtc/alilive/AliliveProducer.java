package dev.camelrtc.alilive;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;

import dev.camelrtc.alilive.model.AliliveResponse;
import dev.camelrtc.alilive.model.CreateRtcAsrTaskResponse;
import dev.camelrtc.alilive.model.QueryRtcAsrTasksResponse;
import dev.camelrtc.alilive.model.RtcAsrTask;
import dev.camelrtc.support.CloudApiException;
import dev.camelrtc.support.Json;
import dev.camelrtc.support.Retrier;
import dev.camelrtc.support.call.OperationKind;
import dev.camelrtc.support.tasks.FollowRegistry;

/**
 * Calls the endpoint's operation (or the one of the {@code CamelAliliveOperation} header) with the message body as
 * request, asynchronously: the calling thread returns as soon as the request is handed to the HTTP client.
 */
public class AliliveProducer extends DefaultAsyncProducer {

    public AliliveProducer(AliliveEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public AliliveEndpoint getEndpoint() {
        return (AliliveEndpoint) super.getEndpoint();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        AliliveOperations operation;
        Map<String, String> params;
        try {
            operation = operation(exchange.getMessage());
            params = AliliveRequests.build(operation, exchange.getMessage(), getEndpoint().getConfiguration());
        } catch (RuntimeException e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        AliliveEndpoint endpoint = getEndpoint();
        endpoint.invoker().invoke(operation, params, endpoint.getConfiguration().retryPolicy())
                .whenCompleteAsync((response, failure) -> {
            try {
                if (failure != null) {
                    exchange.setException(Retrier.unwrap(failure));
                } else {
                    reply(exchange.getMessage(), operation, params.get("TaskId"), response);
                    postFollow(exchange.getMessage(), operation);
                }
            } catch (RuntimeException e) {
                exchange.setException(e);
            } finally {
                callback.done(false);
            }
        }, endpoint.getComponent().callbackExecutor());
        return false;
    }

    /** Tells the component's consumers about created tasks, and about tasks a route asks them to follow or forget. */
    private void postFollow(Message message, AliliveOperations operation) {
        Boolean follow = message.getHeader(AliliveConstants.FOLLOW, Boolean.class);
        String taskId = message.getHeader(AliliveConstants.TASK_ID, String.class);
        if (taskId == null || taskId.isBlank()) {
            return;
        }
        FollowRegistry registry = getEndpoint().getComponent().followRegistry();
        if (operation.kind() == OperationKind.START ? !Boolean.FALSE.equals(follow) : Boolean.TRUE.equals(follow)) {
            registry.follow(AliliveOperations.FAMILY, taskId, Map.of());
        } else if (Boolean.FALSE.equals(follow)) {
            registry.unfollow(AliliveOperations.FAMILY, taskId);
        }
    }

    private AliliveOperations operation(Message message) {
        String header = message.getHeader(AliliveConstants.OPERATION, String.class);
        return header == null || header.isBlank() ? getEndpoint().getOperation()
                : AliliveOperations.fromName(header);
    }

    private static void reply(Message message, AliliveOperations operation, String requestedTaskId,
                              JsonNode response) {
        AliliveResponse body;
        try {
            body = (AliliveResponse) Json.MAPPER.treeToValue(response, operation.spec().responseType());
        } catch (Exception e) {
            throw new AliliveException(CloudApiException.INVALID_RESPONSE, "the response does not match "
                    + operation.spec().responseType().getSimpleName() + ": " + e.getMessage(),
                    response.path("RequestId").asText(null), operation.action(), 200);
        }
        message.setBody(body);
        if (body.getRequestId() != null) {
            message.setHeader(AliliveConstants.REQUEST_ID, body.getRequestId());
        }
        String taskId = body instanceof CreateRtcAsrTaskResponse created ? created.getTaskId() : requestedTaskId;
        if (taskId != null) {
            message.setHeader(AliliveConstants.TASK_ID, taskId);
        }
        if (body instanceof QueryRtcAsrTasksResponse query && requestedTaskId != null) {
            RtcAsrTask task = query.getTask(requestedTaskId);
            if (task != null && task.getStatus() != null) {
                message.setHeader(AliliveConstants.STATUS, task.getStatus());
            }
        }
    }
}
