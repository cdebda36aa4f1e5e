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
package dev.camelrtc.simulator;

import java.time.Duration;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelrtc.simulator.callback.CallbackDelivery;
import dev.camelrtc.simulator.callback.CallbackFault;
import dev.camelrtc.simulator.callback.CallbackFaults;
import dev.camelrtc.simulator.http.Json;
import dev.camelrtc.simulator.http.SimRequest;
import dev.camelrtc.simulator.http.SimResponse;

/**
 * The unsigned admin paths, for loopback clients only:
 * <ul>
 * <li>{@code GET /_sim/health} → {@code {"status":"UP","port":N}}</li>
 * <li>{@code POST /_sim/faults} with {@code {"action":"StartAITranscription","type":"error|httpStatus|latency|drop|
 * malformed|unfitReply|truncated|wrongContentType|dropAfterExecute|httpStatusAfterExecute","code":"..","message":"..",
 * "status":502,"latencyMs":1500,"times":1}} ({@code action} defaults to "*", {@code times} to 1)</li>
 * <li>{@code DELETE /_sim/faults}; {@code GET /_sim/faults} → {@code {"pending":N}}</li>
 * <li>{@code GET /_sim/tasks} → JSON array of every task ({@code vendor}, {@code id}, {@code status}, …)</li>
 * <li>{@code POST /_sim/reset} → clears tasks, faults, QPS windows and nonces</li>
 * <li>{@code POST|DELETE /_sim/rooms/{sdkAppId}/{roomId}/publishers} → the TRTC room has / has no publishers (while it
 * has, MaxIdleTime does not run)</li>
 * <li>{@code DELETE /_sim/rooms/{sdkAppId}/{roomId}} → dissolves the TRTC room: its live tasks end (902 LeaveCode 2)</li>
 * <li>{@code POST /_sim/callback-faults} with {@code {"event":"903","type":"wrongSignature|duplicate|delay|outOfOrder",
 * "delayMs":2000,"times":1}} ({@code event} defaults to "*", {@code times} to 1, {@code delayMs} to 1000);
 * {@code GET} → {@code {"pending":N}}; {@code DELETE} clears them</li>
 * <li>{@code GET /_sim/callbacks} → delivery counts {@code {"events","attempts","delivered","failedAttempts","givenUp",
 * "pending"}}</li>
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
        String refusal = crossSiteRefusal(request);
        if (refusal != null) {
            return SimResponse.json(403, Json.write(Json.object().put("error", refusal)));
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
            if (path.equals("/_sim/callback-faults")) {
                switch (method) {
                    case "POST":
                        return injectCallbackFault(request);
                    case "DELETE":
                        simulator.callbacks().faults().clear();
                        return ok(Json.object().put("cleared", true));
                    case "GET":
                        return ok(Json.object().put("pending", simulator.callbacks().faults().pending()));
                    default:
                        break;
                }
            }
            if (path.equals("/_sim/callbacks") && method.equals("GET")) {
                CallbackDelivery.Stats stats = simulator.callbacks().stats();
                return ok(Json.object().put("events", stats.events()).put("attempts", stats.attempts())
                        .put("delivered", stats.delivered()).put("failedAttempts", stats.failedAttempts())
                        .put("givenUp", stats.givenUp()).put("pending", stats.pending()));
            }
            if (path.startsWith("/_sim/rooms/") && method.equals("DELETE") && path.split("/").length == 5) {
                String[] parts = path.split("/");
                // "", "_sim", "rooms", sdkAppId, roomId
                long sdkAppId = Long.parseLong(parts[3]);
                int ended = simulator.trtcTasks().dissolveRoom(sdkAppId, parts[4]);
                return ok(Json.object().put("sdkAppId", sdkAppId).put("roomId", parts[4]).put("dissolved", true)
                        .put("endedTasks", ended));
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

    /**
     * A web page the developer visits can make the browser send requests to 127.0.0.1 (a form or {@code fetch} with
     * {@code text/plain} needs no CORS preflight), and a DNS-rebinding page can even read the answers. Browsers always
     * send {@code Origin} on cross-origin POST/DELETE and the page's own host name in {@code Host}; so the admin
     * paths answer only when {@code Host} (if sent) names the loopback interface and {@code Origin} (if sent) is a
     * loopback origin. Tests and scripts send no {@code Origin} and {@code Host: 127.0.0.1:PORT} or
     * {@code localhost:PORT}. Returns why the request is refused, or null.
     */
    static String crossSiteRefusal(SimRequest request) {
        String host = request.header("Host");
        if (host != null && !isLoopbackAuthority(host.trim())) {
            return "admin paths answer only requests for a loopback host (Host: 127.0.0.1, localhost or [::1]),"
                    + " not '" + host + "'";
        }
        String origin = request.header("Origin");
        if (origin != null) {
            String o = origin.trim().toLowerCase(Locale.ROOT);
            String authority = o.startsWith("http://") ? o.substring(7) : o.startsWith("https://") ? o.substring(8)
                    : null;
            if (authority == null || authority.contains("/") || !isLoopbackAuthority(authority)) {
                return "admin paths do not answer cross-site requests (Origin: " + origin + ")";
            }
        }
        String fetchSite = request.header("Sec-Fetch-Site");
        if (fetchSite != null && fetchSite.trim().equalsIgnoreCase("cross-site")) {
            return "admin paths do not answer cross-site requests (Sec-Fetch-Site: cross-site)";
        }
        return null;
    }

    private static boolean isLoopbackAuthority(String authority) {
        String a = authority.toLowerCase(Locale.ROOT);
        String hostPart;
        if (a.startsWith("[")) {
            int close = a.indexOf(']');
            if (close < 0) {
                return false;
            }
            hostPart = a.substring(0, close + 1);
            a = a.substring(close + 1);
        } else {
            int colon = a.indexOf(':');
            hostPart = colon < 0 ? a : a.substring(0, colon);
            a = colon < 0 ? "" : a.substring(colon);
        }
        if (!a.isEmpty() && !a.matches(":\\d{1,5}")) {
            return false;
        }
        return hostPart.equals("127.0.0.1") || hostPart.equals("localhost") || hostPart.equals("[::1]");
    }

    private static final java.util.Set<String> FAULT_FIELDS =
            java.util.Set.of("action", "type", "code", "message", "status", "latencyMs", "times");
    /** Upper bounds of injected faults: beyond these a value is a typo, not a test. */
    static final int MAX_TIMES = 1_000_000;
    static final long MAX_LATENCY_MS = 600_000;

    private SimResponse injectFault(SimRequest request) {
        JsonNode body = Json.parseOrNull(request.bodyAsString());
        if (body == null || !body.isObject()) {
            throw new IllegalArgumentException("body must be a JSON object");
        }
        body.fieldNames().forEachRemaining(f -> {
            if (!FAULT_FIELDS.contains(f)) {
                throw new IllegalArgumentException("unknown field '" + f + "'; known: action, type, code, message,"
                        + " status, latencyMs, times");
            }
        });
        JsonNode typeNode = body.get("type");
        if (typeNode == null || !typeNode.isTextual()) {
            throw new IllegalArgumentException("field 'type' is required, a string: error, httpStatus, latency, drop,"
                    + " malformed, unfitReply, truncated, wrongContentType, dropAfterExecute or httpStatusAfterExecute");
        }
        Fault.Type type = Fault.Type.fromWireName(typeNode.asText());
        int status = (int) integer(body, "status", 0, 100, 599);
        Fault fault = switch (type) {
            case ERROR -> status == 0
                    ? Fault.error(requireText(body, "code"), optionalText(body, "message", null))
                    : Fault.error(requireText(body, "code"), optionalText(body, "message", null), status);
            case HTTP_STATUS -> Fault.httpStatus(status == 0 ? 502 : status);
            case HTTP_STATUS_AFTER_EXECUTE -> Fault.httpStatusAfterExecute(status == 0 ? 502 : status);
            case LATENCY -> Fault.latency(Duration.ofMillis(integer(body, "latencyMs", 1000, 0, MAX_LATENCY_MS)));
            case DROP -> Fault.dropConnection();
            case DROP_AFTER_EXECUTE -> Fault.dropConnectionAfterExecute();
            case MALFORMED -> Fault.malformedBody();
            case UNFIT_REPLY -> Fault.unfitReply();
            case TRUNCATED -> Fault.truncatedBody();
            case WRONG_CONTENT_TYPE -> Fault.wrongContentType();
        };
        String action = optionalText(body, "action", FaultInjector.ANY_ACTION);
        if (action.isBlank()) {
            throw new IllegalArgumentException("field 'action' must name an action or be \"*\"");
        }
        int times = (int) integer(body, "times", 1, 1, MAX_TIMES);
        simulator.faults().inject(action, fault, times);
        return ok(Json.object().put("action", action).put("type", type.wireName()).put("times", times)
                .put("pending", simulator.faults().pending()));
    }

    private static final java.util.Set<String> CALLBACK_FAULT_FIELDS = java.util.Set.of("event", "type", "delayMs",
            "times");

    private SimResponse injectCallbackFault(SimRequest request) {
        JsonNode body = Json.parseOrNull(request.bodyAsString());
        if (body == null || !body.isObject()) {
            throw new IllegalArgumentException("body must be a JSON object");
        }
        body.fieldNames().forEachRemaining(f -> {
            if (!CALLBACK_FAULT_FIELDS.contains(f)) {
                throw new IllegalArgumentException("unknown field '" + f + "'; known: event, type, delayMs, times");
            }
        });
        JsonNode typeNode = body.get("type");
        if (typeNode == null || !typeNode.isTextual()) {
            throw new IllegalArgumentException("field 'type' is required, a string: wrongSignature, duplicate, delay"
                    + " or outOfOrder");
        }
        CallbackFault.Type type = CallbackFault.Type.fromWireName(typeNode.asText());
        CallbackFault fault = switch (type) {
            case WRONG_SIGNATURE -> CallbackFault.wrongSignature();
            case DUPLICATE -> CallbackFault.duplicate();
            case DELAY -> CallbackFault.delay(Duration.ofMillis(integer(body, "delayMs", 1000, 0, MAX_LATENCY_MS)));
            case OUT_OF_ORDER -> CallbackFault.outOfOrder();
        };
        String event = optionalText(body, "event", CallbackFaults.ANY_EVENT);
        int times = (int) integer(body, "times", 1, 1, MAX_TIMES);
        simulator.callbacks().faults().inject(event, fault, times);
        return ok(Json.object().put("event", event).put("type", type.wireName()).put("times", times)
                .put("pending", simulator.callbacks().faults().pending()));
    }

    private static String requireText(JsonNode body, String field) {
        String value = optionalText(body, field, "");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("field '" + field + "' is required");
        }
        return value;
    }

    private static String optionalText(JsonNode body, String field, String fallback) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("field '" + field + "' must be a string, not " + value);
        }
        return value.asText();
    }

    /** An optional JSON integer (no fraction, no exponent, no string) within [min, max]. */
    private static long integer(JsonNode body, String field, long fallback, long min, long max) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < min || value.asLong() > max) {
            throw new IllegalArgumentException("field '" + field + "' must be an integer from " + min + " to " + max
                    + ", not " + value);
        }
        return value.asLong();
    }

    private static SimResponse ok(ObjectNode node) {
        return SimResponse.json(200, Json.write(node));
    }
}
