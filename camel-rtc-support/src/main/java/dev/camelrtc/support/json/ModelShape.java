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

import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.introspect.AnnotatedField;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.PropertyWriter;

/**
 * The JSON a request model gives when parameters are bound to it and written back ({@link Parameters#checkTypes}),
 * described once per model class: its properties in the order Jackson writes them, and the node each property's
 * type turns into. Parameters whose every value already is that node (a String property a text node, a Long one a
 * number node of long range, a nested model an object of that model's shape, ...) come out of the round trip
 * unchanged but for the order of their fields, nulls left out and int nodes of Long properties widened, which
 * {@link #normalize} does without the round trip. Anything else (a number given as a string, an out-of-range number,
 * a property type not described here) is left to the round trip, which converts it or names the bad field.
 */
final class ModelShape {

    private static final ClassValue<ModelShape> SHAPES = new ClassValue<>() {
        @Override
        protected ModelShape computeValue(Class<?> type) {
            return describe(type);
        }
    };

    /** A shape for types the round trip must always see. */
    private static final ModelShape OPAQUE = new ModelShape(null);

    /** The node a property's value must be, normalised as the round trip would; null when it is not. */
    private interface Kind {
        JsonNode normalize(JsonNode value);
    }

    private static final Kind STRING = value -> value.isTextual() ? value : null;
    private static final Kind BOOLEAN = value -> value.isBoolean() ? value : null;
    private static final Kind INTEGER = value -> value instanceof IntNode ? value : null;
    private static final Kind LONG = value -> value instanceof LongNode ? value
            : value instanceof IntNode i ? LongNode.valueOf(i.longValue()) : null;
    /** A property type not described here: present, it takes the round trip. */
    private static final Kind OTHER = value -> null;

    /** Property name to kind, in Jackson's write order; null for an opaque type. */
    private final Map<String, Kind> properties;

    private ModelShape(Map<String, Kind> properties) {
        this.properties = properties;
    }

    static ModelShape of(Class<?> type) {
        return SHAPES.get(type);
    }

    /**
     * The parameters as binding them to the model and writing them back would give them, or null when a value is not
     * already of its property's type. Unknown top-level parameters are kept as given (null ones left out), as
     * {@link Parameters#checkTypes} keeps them; an unknown field in a nested object, which the round trip would drop,
     * takes the round trip.
     */
    ObjectNode normalize(ObjectNode params) {
        return normalize(params, true);
    }

    private ObjectNode normalize(ObjectNode given, boolean keepUnknown) {
        if (properties == null) {
            return null;
        }
        ObjectNode normalized = given.objectNode();
        int known = 0;
        for (Map.Entry<String, Kind> property : properties.entrySet()) {
            JsonNode value = given.get(property.getKey());
            if (value == null) {
                continue;
            }
            known++;
            if (value.isNull()) {
                continue;
            }
            JsonNode typed = property.getValue().normalize(value);
            if (typed == null) {
                return null;
            }
            normalized.set(property.getKey(), typed);
        }
        if (known < given.size()) {
            if (!keepUnknown) {
                return null;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = given.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!properties.containsKey(field.getKey()) && !field.getValue().isNull()) {
                    normalized.set(field.getKey(), field.getValue());
                }
            }
        }
        return normalized;
    }

    /**
     * Described only when the round trip is plain field binding: an {@link ApiModel} (its fields bound, nulls left
     * out, unknown fields ignored) whose properties are fields with no Jackson annotation but {@link JsonProperty},
     * of a reference type (a primitive would be written back even when absent), named alike both ways.
     */
    private static ModelShape describe(Class<?> type) {
        if (!ApiModel.class.isAssignableFrom(type)) {
            return OPAQUE;
        }
        try {
            JavaType javaType = Json.MAPPER.constructType(type);
            BeanDescription read = Json.MAPPER.getDeserializationConfig().introspect(javaType);
            Map<String, BeanPropertyDefinition> readable = read.findProperties().stream()
                    .collect(Collectors.toMap(BeanPropertyDefinition::getName, p -> p));
            Map<String, Kind> properties = new LinkedHashMap<>();
            Iterator<PropertyWriter> written = Json.MAPPER.getSerializerProviderInstance().findValueSerializer(type)
                    .properties();
            while (written.hasNext()) {
                PropertyWriter writer = written.next();
                BeanPropertyDefinition property = readable.remove(writer.getName());
                if (property == null || !plainField(property) || !(writer.getMember() instanceof AnnotatedField)
                        || !writer.getType().equals(property.getPrimaryType())) {
                    return OPAQUE;
                }
                properties.put(writer.getName(), kind(writer.getType()));
            }
            return readable.isEmpty() ? new ModelShape(properties) : OPAQUE;
        } catch (JsonMappingException | RuntimeException e) {
            return OPAQUE; // the round trip will say what is wrong with the model
        }
    }

    private static final Set<Class<? extends Annotation>> PLAIN = Set.of(JsonProperty.class);

    private static boolean plainField(BeanPropertyDefinition property) {
        if (!property.hasField() || property.hasSetter() || property.hasGetter()
                || property.hasConstructorParameter() || property.getRawPrimaryType().isPrimitive()) {
            return false;
        }
        AnnotatedField field = property.getField();
        for (Annotation annotation : field.getAnnotated().getAnnotations()) {
            if (annotation.annotationType().getPackageName().startsWith("com.fasterxml.jackson")
                    && !PLAIN.contains(annotation.annotationType())) {
                return false;
            }
        }
        return true;
    }

    private static Kind kind(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (raw == String.class) {
            return STRING;
        }
        if (raw == Long.class) {
            return LONG;
        }
        if (raw == Integer.class) {
            return INTEGER;
        }
        if (raw == Boolean.class) {
            return BOOLEAN;
        }
        if (ApiModel.class.isAssignableFrom(raw)) {
            // models are trees: a model containing itself would recurse here
            ModelShape nested = of(raw);
            return nested.properties == null ? OTHER
                    : value -> value instanceof ObjectNode object ? nested.normalize(object, false) : null;
        }
        if (Collection.class.isAssignableFrom(raw) && raw.isAssignableFrom(java.util.ArrayList.class)) {
            Kind element = kind(type.getContentType());
            return element == OTHER ? OTHER : value -> list(value, element);
        }
        return OTHER;
    }

    private static JsonNode list(JsonNode value, Kind element) {
        if (!(value instanceof ArrayNode array)) {
            return null;
        }
        ArrayNode normalized = array.arrayNode(array.size());
        for (JsonNode item : array) {
            JsonNode typed = item.isNull() ? null : element.normalize(item);
            if (typed == null) {
                return null;
            }
            normalized.add(typed);
        }
        return normalized;
    }
}
