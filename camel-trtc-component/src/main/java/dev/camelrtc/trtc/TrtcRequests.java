/*
 * Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except in compliance with
 * the License. You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software distributed under the License is distributed on
 * an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the License for the
 * specific language governing permissions and limitations under the License.
 */
package dev.camelrtc.trtc;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.camel.Message;

import dev.camelrtc.support.json.Json;
import dev.camelrtc.support.json.Parameters;
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
        ObjectNode params = Json.toObjectNode(message.getExchange(), body instanceof TrtcResponse ? null : body,
                operation.name());
        fill(operation, params, message, "SdkAppId", TrtcConstants.SDK_APP_ID, Long.class,
                configuration.getSdkAppId());
        fill(operation, params, message, "RoomId", TrtcConstants.ROOM_ID, String.class, configuration.getRoomId());
        fill(operation, params, message, "TaskId", TrtcConstants.TASK_ID, String.class, configuration.getTaskId());
        fill(operation, params, message, "SessionId", TrtcConstants.SESSION_ID, String.class,
                configuration.getSessionId());
        for (String field : operation.spec().jsonStringFields()) {
            JsonNode value = params.get(field);
            if (value != null && value.isContainerNode()) {
                params.put(field, value.toString());
            }
        }
        ObjectNode typed = Parameters.checkTypes(params, operation.spec().requestType(), operation.name());
        operation.validate(typed);
        return typed;
    }

    /** The header is read only where it may fill the parameter: the operation has it and the body left it unset. */
    private static void fill(TrtcOperations operation, ObjectNode params, Message message, String name, String header,
                             Class<?> headerType, Object option) {
        if (operation.accepts(name) && Parameters.isMissing(params.get(name))) {
            Parameters.fillIfAbsent(params, name, message.getHeader(header, headerType), option);
        }
    }
}
