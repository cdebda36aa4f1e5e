package dev.camelrtc.alilive.model;

import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

/** Base of the RtcAsr request, response and task models; toString renders the wire fields with AuthKey masked. */
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class AliliveModel {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> MASKED = Set.of("AuthKey");

    @Override
    public String toString() {
        StringJoiner out = new StringJoiner(", ", getClass().getSimpleName() + "{", "}");
        JsonNode tree = MAPPER.valueToTree(this);
        for (Map.Entry<String, JsonNode> field : tree.properties()) {
            JsonNode value = field.getValue();
            String text = MASKED.contains(field.getKey()) ? "***"
                    : value.isTextual() ? value.textValue() : value.toString();
            out.add(field.getKey() + "=" + text);
        }
        return out.toString();
    }
}
