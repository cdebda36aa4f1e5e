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
package dev.camelrtc.alilive;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.camel.Message;

import dev.camelrtc.support.call.RtcOperation;
import dev.camelrtc.support.json.Json;
import dev.camelrtc.support.json.Parameters;

/**
 * Builds an operation's RPC parameters from a message: the body (model, Map, JSON string or none), then the
 * {@code CamelAliliveTaskId} header, then the taskId option where the body leaves TaskId unset, and RegionId from
 * the region option; checks types and required parameters before anything is sent.
 */
final class AliliveRequests {

    /**
     * Longest parameter value sent. Alibaba documents no lengths for RtcAsr parameters (URLs, ids, tags); the RPC
     * call carries them in the query string, which gateways commonly cap at a few KiB, so a longer value is refused
     * here with its name rather than by the gateway with an opaque status.
     */
    static final int MAX_PARAMETER_LENGTH = 2048;

    /** The parameters the signer sets: a body must not carry them (a second Signature pair would be sent). */
    private static final Set<String> SIGNING_PARAMETERS = Set.of("Action", "Version", "Format", "AccessKeyId",
            "SignatureMethod", "SignatureVersion", "SignatureNonce", "Timestamp", "SecurityToken", "Signature");

    private AliliveRequests() {
    }

    /** The request parameters of a message, typed and checked. */
    static ObjectNode build(AliliveOperations operation, Message message, AliliveConfiguration configuration) {
        ObjectNode params = Json.toObjectNode(message.getExchange(), message.getBody(), operation.name());
        if (operation.accepts("TaskId") && Parameters.isMissing(params.get("TaskId"))) {
            Parameters.fillIfAbsent(params, "TaskId", message.getHeader(AliliveConstants.TASK_ID, String.class),
                    configuration.getTaskId());
        }
        ObjectNode typed = Parameters.checkTypes(params, operation.spec().requestType(), operation.name());
        operation.validate(typed);
        Parameters.fillIfAbsent(typed, "RegionId", configuration.getRegion());
        return typed;
    }

    /**
     * The parameters as the strings the RPC query carries (booleans {@code true}/{@code false}, numbers decimal);
     * fails on values RPC cannot carry.
     */
    static Map<String, String> toWireStrings(RtcOperation operation, ObjectNode params) {
        Map<String, String> wire = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : params.properties()) {
            JsonNode value = field.getValue();
            if (value.isNull()) {
                continue;
            }
            if (SIGNING_PARAMETERS.contains(field.getKey())) {
                throw new IllegalArgumentException("Invalid parameter " + field.getKey() + " for operation "
                        + operation.name() + ": the signer sets it; leave it out of the body");
            }
            if (value.isContainerNode()) {
                throw new IllegalArgumentException("Invalid parameter " + field.getKey() + " for operation "
                        + operation.name() + ": RPC parameters are plain values, got a JSON "
                        + value.getNodeType().name().toLowerCase());
            }
            String text = value.asText();
            if (text.length() > MAX_PARAMETER_LENGTH) {
                throw new IllegalArgumentException("Invalid parameter " + field.getKey() + " for operation "
                        + operation.name() + ": " + text.length() + " characters, at most " + MAX_PARAMETER_LENGTH
                        + " are sent");
            }
            wire.put(field.getKey(), text);
        }
        return wire;
    }
}
