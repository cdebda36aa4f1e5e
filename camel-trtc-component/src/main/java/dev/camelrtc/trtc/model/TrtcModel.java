package dev.camelrtc.trtc.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

/** Base of all TRTC request, response and nested models; toString renders the wire fields with credentials masked. */
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class TrtcModel {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> MASKED = Set.of("UserSig", "IMAdminUserSig", "LLMConfig", "TTSConfig", "AvatarConfig", "APIKey");
    private static final String MASK = "***";

    @Override
    public String toString() {
        StringJoiner out = new StringJoiner(", ", getClass().getSimpleName() + "{", "}");
        JsonNode tree = mask(MAPPER.valueToTree(this));
        for (Map.Entry<String, JsonNode> e : tree.properties()) {
            JsonNode v = e.getValue();
            out.add(e.getKey() + "=" + (v.isTextual() ? v.textValue() : v.toString()));
        }
        return out.toString();
    }

    private static JsonNode mask(JsonNode node) {
        if (node instanceof ObjectNode obj) {
            List<String> names = new ArrayList<>();
            obj.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode v = obj.get(name);
                if (MASKED.contains(name) && v.isTextual()) {
                    obj.put(name, MASK);
                } else {
                    mask(v);
                }
            }
        } else if (node.isArray()) {
            node.forEach(TrtcModel::mask);
        }
        return node;
    }
}
