package dev.camelrtc.support;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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

    /** Sets {@code name} to {@code value} unless the parameters already have a non-blank value or value is null. */
    public static void fillIfAbsent(ObjectNode params, String name, Object value) {
        if (value == null || (value instanceof String s && s.isBlank()) || !isMissing(params.get(name))) {
            return;
        }
        params.set(name, Json.MAPPER.valueToTree(value));
    }
}
