package dev.camelrtc.trtc;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.camel.Message;

import dev.camelrtc.support.Json;
import dev.camelrtc.support.Parameters;
import dev.camelrtc.trtc.model.TrtcResponse;

/**
 * Builds an operation's request parameters from a message: the body (model, Map, JSON string or none; a reply model
 * of a previous call counts as none), then headers,
 * then URI options for SdkAppId, RoomId, TaskId and SessionId the body leaves unset; checks types and required
 * parameters before anything is sent.
 */
final class TrtcRequests {

    private TrtcRequests() {
    }

    static ObjectNode build(TrtcOperations operation, Message message, TrtcConfiguration configuration) {
        Object body = message.getBody();
        // The reply of a previous trtc call is not a request: ignoring it lets operations chain in a route, the
        // TaskId travelling in the CamelTrtcTaskId header
        ObjectNode params = Json.toObjectNode(body instanceof TrtcResponse ? null : body, operation.name());
        fill(operation, params, "SdkAppId", message.getHeader(TrtcConstants.SDK_APP_ID, Long.class),
                configuration.getSdkAppId());
        fill(operation, params, "RoomId", message.getHeader(TrtcConstants.ROOM_ID, String.class),
                configuration.getRoomId());
        fill(operation, params, "TaskId", message.getHeader(TrtcConstants.TASK_ID, String.class),
                configuration.getTaskId());
        fill(operation, params, "SessionId", message.getHeader(TrtcConstants.SESSION_ID, String.class),
                configuration.getSessionId());
        for (String field : operation.jsonStringFields()) {
            JsonNode value = params.get(field);
            if (value != null && value.isContainerNode()) {
                params.put(field, value.toString());
            }
        }
        ObjectNode typed = checkTypes(operation, params);
        operation.validate(typed);
        return typed;
    }

    private static void fill(TrtcOperations operation, ObjectNode params, String name, Object header, Object option) {
        if (operation.accepts(name)) {
            Parameters.fillIfAbsent(params, name, header != null ? header : option);
        }
    }

    /**
     * Reads the parameters into the operation's request model, so that a wrong type fails here with the field's
     * name, and writes them back normalized ("123" becomes 123 where the API wants an Integer); parameters the model
     * does not know (newer API fields) are kept as given.
     */
    private static ObjectNode checkTypes(TrtcOperations operation, ObjectNode params) {
        Object model;
        try {
            model = Json.MAPPER.treeToValue(params, operation.requestType());
        } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
            String field = e.getPath().stream().map(ref -> ref.getFieldName() != null ? ref.getFieldName()
                    : "[" + ref.getIndex() + "]").reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("?");
            throw new IllegalArgumentException("Invalid parameter " + field + " for operation " + operation.name()
                    + ": expected " + (e.getTargetType() == null ? "another type" : e.getTargetType().getSimpleName()) + " (" + e.getOriginalMessage() + ")", e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("Invalid parameters for operation " + operation.name() + ": "
                    + e.getOriginalMessage(), e);
        }
        ObjectNode normalized = Json.MAPPER.valueToTree(model);
        for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!normalized.has(field.getKey()) && !field.getValue().isNull()) {
                normalized.set(field.getKey(), field.getValue());
            }
        }
        return normalized;
    }
}
