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
package dev.camelrtc.support.json;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/** Checks on request parameters that run before any request is sent. */
public final class Parameters {

    private Parameters() {
    }

    /**
     * Fails with an {@link IllegalArgumentException} naming the first required parameter that is absent, null or
     * blank. Paths are dotted for nested objects, e.g. {@code TranscriptionParams.UserId}; a path whose parent
     * object is absent is reported as the parent.
     */
    public static void requirePresent(ObjectNode params, List<String> requiredPaths, String operation) {
        for (String path : requiredPaths) {
            JsonNode node = params;
            StringBuilder walked = new StringBuilder();
            for (String part : path.split("\\.")) {
                if (walked.length() > 0) {
                    walked.append('.');
                }
                walked.append(part);
                node = node.get(part);
                if (isMissing(node)) {
                    throw new IllegalArgumentException("Missing required parameter " + walked + " for operation "
                            + operation);
                }
            }
        }
    }

    public static boolean isMissing(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() || (node.isTextual() && node.asText().isBlank());
    }

    /** Sets {@code name} to {@code value} unless the parameters already have a non-blank value or value is absent. */
    public static void fillIfAbsent(ObjectNode params, String name, Object value) {
        if (isAbsent(value) || !isMissing(params.get(name))) {
            return;
        }
        params.set(name, node(value));
    }

    /**
     * Sets {@code name} to {@code value}, or to {@code fallback} where value is null or blank (a header, then the
     * endpoint option), unless the parameters already have a non-blank value.
     */
    public static void fillIfAbsent(ObjectNode params, String name, Object value, Object fallback) {
        fillIfAbsent(params, name, isAbsent(value) ? fallback : value);
    }

    private static boolean isAbsent(Object value) {
        return value == null || (value instanceof String s && s.isBlank());
    }

    /** The node {@code Json.MAPPER.valueToTree} makes of a value, without its serialisation for the usual types. */
    private static JsonNode node(Object value) {
        if (value instanceof String text) {
            return TextNode.valueOf(text);
        }
        if (value instanceof Long number) {
            return LongNode.valueOf(number);
        }
        if (value instanceof Integer number) {
            return IntNode.valueOf(number);
        }
        if (value instanceof Boolean flag) {
            return BooleanNode.valueOf(flag);
        }
        return Json.MAPPER.valueToTree(value);
    }

    /**
     * Reads the parameters into the operation's request model, so that a wrong type fails here naming the field by
     * its path (e.g. {@code TranscriptionParams.MaxIdleTime}), and writes them back normalized ("123" becomes 123 where
     * the API wants an Integer); parameters the model does not know (newer API fields) are kept as given. Parameters
     * that already have the model's types skip the round trip (see {@link ModelShape}), with the same result.
     */
    public static ObjectNode checkTypes(ObjectNode params, Class<?> requestType, String operation) {
        ObjectNode normalized = ModelShape.of(requestType).normalize(params);
        return normalized != null ? normalized : roundTrip(params, requestType, operation);
    }

    /** {@link #checkTypes} through the request model and back. */
    static ObjectNode roundTrip(ObjectNode params, Class<?> requestType, String operation) {
        Object model;
        try {
            model = Json.MAPPER.treeToValue(params, requestType);
        } catch (MismatchedInputException e) {
            throw new IllegalArgumentException("Invalid parameter " + path(e) + " for operation " + operation
                    + ": expected " + (e.getTargetType() == null ? "another type" : e.getTargetType().getSimpleName())
                    + " (" + e.getOriginalMessage() + ")", e);
        } catch (JsonMappingException e) {
            // e.g. a number out of the range of the model's Long
            throw new IllegalArgumentException("Invalid parameter " + path(e) + " for operation " + operation + ": "
                    + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Invalid parameters for operation " + operation + ": "
                    + e.getOriginalMessage(), e);
        }
        ObjectNode normalized = Json.MAPPER.valueToTree(model);
        params.fields().forEachRemaining(field -> {
            if (!normalized.has(field.getKey()) && !field.getValue().isNull()) {
                normalized.set(field.getKey(), field.getValue());
            }
        });
        return normalized;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("?");
    }
}
