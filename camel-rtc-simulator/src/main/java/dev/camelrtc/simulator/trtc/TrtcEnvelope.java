package dev.camelrtc.simulator.trtc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelrtc.simulator.http.Json;
import dev.camelrtc.simulator.http.SimResponse;

/**
 * Writes TRTC answers: always HTTP 200 and {@code application/json}; success {@code {"Response":{...,"RequestId"}}},
 * error {@code {"Response":{"Error":{"Code","Message"},"RequestId"}}}.
 */
public final class TrtcEnvelope {

    public static final String CONTENT_TYPE = "application/json";

    private TrtcEnvelope() {
    }

    public static SimResponse success(ObjectNode fields, String requestId) {
        ObjectNode response = fields.deepCopy();
        response.put("RequestId", requestId);
        return wrap(response);
    }

    public static SimResponse error(String code, String message, String requestId) {
        ObjectNode response = Json.object();
        response.putObject("Error").put("Code", code).put("Message", message);
        response.put("RequestId", requestId);
        return wrap(response);
    }

    private static SimResponse wrap(ObjectNode response) {
        ObjectNode root = Json.object();
        root.set("Response", response);
        return SimResponse.of(200, CONTENT_TYPE, Json.write(root));
    }
}
