package dev.camelrtc.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelrtc.simulator.http.Json;
import dev.camelrtc.simulator.http.SimRequest;
import dev.camelrtc.simulator.http.SimResponse;

import java.time.Duration;

/**
 * The unsigned admin paths, for loopback clients only:
 * <ul>
 * <li>{@code GET /_sim/health} → {@code {"status":"UP","port":N}}</li>
 * <li>{@code POST /_sim/faults} with {@code {"action":"StartAITranscription","type":"error|httpStatus|latency|drop|
 * malformed|truncated|wrongContentType|dropAfterExecute|httpStatusAfterExecute","code":"..","message":"..",
 * "status":502,"latencyMs":1500,"times":1}} ({@code action} defaults to "*", {@code times} to 1)</li>
 * <li>{@code DELETE /_sim/faults}; {@code GET /_sim/faults} → {@code {"pending":N}}</li>
 * <li>{@code GET /_sim/tasks} → JSON array of every task ({@code vendor}, {@code id}, {@code status}, …)</li>
 * <li>{@code POST /_sim/reset} → clears tasks, faults, QPS windows and nonces</li>
 * <li>{@code POST|DELETE /_sim/rooms/{sdkAppId}/{roomId}/publishers} → the TRTC room has / has no publishers (while it
 * has, MaxIdleTime does not run)</li>
 * </ul>
 */
final class AdminApi {

    static final String PREFIX = "/_sim/";

    private final RtcSimulator simulator;

    AdminApi(RtcSimulator simulator) {
        this.simulator = simulator;
    }

    SimResponse handle(SimRequest request) {
        if (request.remoteAddress() != null && !request.remoteAddress().isLoopbackAddress()) {
            return SimResponse.json(403, "{\"error\":\"admin paths are for loopback clients only\"}");
        }
        String path = request.rawPath();
        String method = request.method();
        try {
            if (path.equals("/_sim/health") && method.equals("GET")) {
                return ok(Json.object().put("status", "UP").put("port", simulator.port()));
            }
            if (path.equals("/_sim/faults")) {
                switch (method) {
                    case "POST":
                        return injectFault(request);
                    case "DELETE":
                        simulator.faults().clear();
                        return ok(Json.object().put("cleared", true));
                    case "GET":
                        return ok(Json.object().put("pending", simulator.faults().pending()));
                    default:
                        break;
                }
            }
            if (path.equals("/_sim/tasks") && method.equals("GET")) {
                ArrayNode tasks = simulator.tasksAsJson();
                return SimResponse.json(200, Json.write(tasks));
            }
            if (path.equals("/_sim/reset") && method.equals("POST")) {
                simulator.reset();
                return ok(Json.object().put("reset", true));
            }
            if (path.startsWith("/_sim/rooms/") && path.endsWith("/publishers")) {
                String[] parts = path.split("/");
                // "", "_sim", "rooms", sdkAppId, roomId, "publishers"
                if (parts.length == 6 && (method.equals("POST") || method.equals("DELETE"))) {
                    long sdkAppId = Long.parseLong(parts[3]);
                    simulator.trtcTasks().setRoomOccupied(sdkAppId, parts[4], method.equals("POST"));
                    return ok(Json.object().put("sdkAppId", sdkAppId).put("roomId", parts[4])
                            .put("occupied", method.equals("POST")));
                }
            }
        } catch (IllegalArgumentException e) {
            return SimResponse.json(400, Json.write(Json.object().put("error", e.getMessage())));
        }
        return SimResponse.json(404, Json.write(Json.object().put("error", "no admin path " + method + " " + path)));
    }

    private SimResponse injectFault(SimRequest request) {
        JsonNode body = Json.parseOrNull(request.bodyAsString());
        if (body == null || !body.isObject()) {
            throw new IllegalArgumentException("body must be a JSON object");
        }
        Fault.Type type = Fault.Type.fromWireName(body.path("type").asText(""));
        int status = body.path("status").asInt(0);
        Fault fault = switch (type) {
            case ERROR -> status == 0
                    ? Fault.error(requireText(body, "code"), body.path("message").asText(null))
                    : Fault.error(requireText(body, "code"), body.path("message").asText(null), status);
            case HTTP_STATUS -> Fault.httpStatus(status == 0 ? 502 : status);
            case HTTP_STATUS_AFTER_EXECUTE -> Fault.httpStatusAfterExecute(status == 0 ? 502 : status);
            case LATENCY -> Fault.latency(Duration.ofMillis(body.path("latencyMs").asLong(1000)));
            case DROP -> Fault.dropConnection();
            case DROP_AFTER_EXECUTE -> Fault.dropConnectionAfterExecute();
            case MALFORMED -> Fault.malformedBody();
            case TRUNCATED -> Fault.truncatedBody();
            case WRONG_CONTENT_TYPE -> Fault.wrongContentType();
        };
        String action = body.path("action").asText(FaultInjector.ANY_ACTION);
        int times = body.path("times").asInt(1);
        simulator.faults().inject(action, fault, times);
        return ok(Json.object().put("action", action).put("type", type.wireName()).put("times", times)
                .put("pending", simulator.faults().pending()));
    }

    private static String requireText(JsonNode body, String field) {
        String value = body.path(field).asText("");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("field '" + field + "' is required");
        }
        return value;
    }

    private static SimResponse ok(ObjectNode node) {
        return SimResponse.json(200, Json.write(node));
    }
}
