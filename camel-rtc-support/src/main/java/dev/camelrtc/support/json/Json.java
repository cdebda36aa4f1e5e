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

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.camel.Exchange;


/** The JSON mapper of the components and the conversions of message bodies into API parameters. */
public final class Json {

    /** Thread-safe, shared: compact output, unknown response fields ignored. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Json() {
    }

    /**
     * One reader per class, of the type {@code typeOf} gives for it (e.g. a reply model, or an envelope around it).
     * Each reader is made from {@link #MAPPER} on its first use: configuring MAPPER later does not reach it.
     */
    public static ClassValue<ObjectReader> readersPerClass(Function<Class<?>, JavaType> typeOf) {
        return new ClassValue<>() {
            @Override
            protected ObjectReader computeValue(Class<?> type) {
                return MAPPER.readerFor(typeOf.apply(type));
            }
        };
    }

    /**
     * Turns a message body into the request's JSON object: null or an empty string give an empty object; a String
     * or byte[] is parsed as JSON; a Map or a model object is converted; any other body Camel can read as a stream (a
     * file from a {@code file:} consumer, an InputStream, a StreamCache, ...) is read as JSON text, so a route needs no
     * {@code convertBodyTo}. Anything else, or JSON that is not an object, fails with an
     * {@link IllegalArgumentException} naming the operation.
     */
    public static ObjectNode toObjectNode(Exchange exchange, Object body, String operation) {
        if (body == null) {
            return MAPPER.createObjectNode();
        }
        JsonNode node;
        try {
            if (body instanceof CharSequence text) {
                if (text.toString().isBlank()) {
                    return MAPPER.createObjectNode();
                }
                node = MAPPER.readTree(text.toString());
            } else if (body instanceof byte[] bytes) {
                if (bytes.length == 0) {
                    return MAPPER.createObjectNode();
                }
                node = MAPPER.readTree(bytes);
            } else if (body instanceof JsonNode json) {
                node = json.deepCopy();
            } else if (body instanceof Map<?, ?> || body instanceof ApiModel) {
                node = MAPPER.valueToTree(body);
            } else {
                node = readStream(exchange, body, operation);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Operation " + operation + ": the message body is not valid JSON ("
                    + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("Operation " + operation + ": the message body cannot be read", e);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("Operation ")) {
                throw e;
            }
            throw new IllegalArgumentException("Operation " + operation + ": the message body cannot be converted to"
                    + " request parameters (" + e.getMessage() + ")", e);
        }
        if (node == null || node.isNull() || node.isMissingNode()) {
            return MAPPER.createObjectNode();
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("Operation " + operation + ": the message body must be a JSON object,"
                    + " got a JSON " + node.getNodeType().name().toLowerCase());
        }
        return (ObjectNode) node;
    }

    private static JsonNode readStream(Exchange exchange, Object body, String operation) throws IOException {
        InputStream stream = exchange.getContext().getTypeConverter().tryConvertTo(InputStream.class, exchange, body);
        if (stream == null) {
            throw new IllegalArgumentException("Operation " + operation + " cannot use a message body of type "
                    + body.getClass().getName() + ": send the request model, a Map, a JSON string, a stream or no"
                    + " body");
        }
        try (stream) {
            return MAPPER.readTree(stream);
        }
    }

    /**
     * {@code ClassName{Field=value, ...}} of a model's non-null wire fields, with the values of the named fields
     * masked wherever they occur (nested objects too) when they are strings: the models' toString().
     */
    public static String describeMasked(Object model, Set<String> maskedFields) {
        StringJoiner out = new StringJoiner(", ", model.getClass().getSimpleName() + "{", "}");
        JsonNode tree = mask(MAPPER.valueToTree(model), maskedFields);
        tree.properties().forEach(e -> out.add(e.getKey() + "="
                + (e.getValue().isTextual() ? e.getValue().textValue() : e.getValue().toString())));
        return out.toString();
    }

    private static JsonNode mask(JsonNode node, Set<String> maskedFields) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode value = object.get(name);
                if (maskedFields.contains(name) && value.isTextual()) {
                    object.put(name, "***");
                } else {
                    mask(value, maskedFields);
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> mask(element, maskedFields));
        }
        return node;
    }
}
