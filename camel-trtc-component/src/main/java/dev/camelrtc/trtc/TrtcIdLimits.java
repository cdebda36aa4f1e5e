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
package dev.camelrtc.trtc;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the cloud refuses in room, user and session ids, refused before sending so that a local test fails where
 * production would. String room ids (TRTC client SDK docs, TRTCParams.strRoomId): at most 64 bytes of letters, digits,
 * space and {@code !#$%&()+-:;<=.>?@[]^_{}|~,}; numeric room ids (RoomIdType 0, digits only): 1 to 4294967294. User
 * ids in the same character set, at most 64 bytes, and SessionIds of printable ASCII, at most 128 bytes, are inferred
 * (no page states them), as the simulator does.
 */
final class TrtcIdLimits {

    private static final String ID_PUNCTUATION = " !#$%&()+-:;<=.>?@[]^_{}|~,";
    private static final int MAX_ID_BYTES = 64;
    private static final long MAX_NUMERIC_ROOM_ID = 4_294_967_294L;
    private static final int MAX_SESSION_ID_BYTES = 128;
    private static final Set<String> USER_ID_FIELDS = Set.of("UserId", "TargetUserId", "IMAdminUserId", "TargetUser",
            "TTSRobotUser");

    private TrtcIdLimits() {
    }

    /** Fails naming the parameter and the operation when an id of the request is one the cloud refuses. */
    static void check(JsonNode params, String operation) {
        JsonNode roomId = params.get("RoomId");
        if (roomId != null && roomId.isTextual()) {
            checkRoomId(roomId.asText(), params.path("RoomIdType").asLong(0), operation);
        }
        JsonNode sessionId = params.get("SessionId");
        if (sessionId != null && sessionId.isTextual()) {
            String value = sessionId.asText();
            if (bytes(value) > MAX_SESSION_ID_BYTES || !value.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
                throw invalid("SessionId", operation, "printable ASCII of at most " + MAX_SESSION_ID_BYTES + " bytes");
            }
        }
        checkUserIds(params, "", operation);
    }

    private static void checkRoomId(String roomId, long roomIdType, String operation) {
        if (bytes(roomId) > MAX_ID_BYTES || !allowed(roomId)) {
            throw invalid("RoomId", operation, "at most " + MAX_ID_BYTES + " bytes of letters, digits, space and "
                    + ID_PUNCTUATION.trim());
        }
        if (roomIdType != 1 && !roomId.isEmpty() && roomId.chars().allMatch(Character::isDigit)
                && (roomId.length() > 10 || Long.parseLong(roomId) < 1 || Long.parseLong(roomId) > MAX_NUMERIC_ROOM_ID)) {
            throw invalid("RoomId", operation, "a numeric room id from 1 to " + MAX_NUMERIC_ROOM_ID);
        }
    }

    private static void checkUserIds(JsonNode node, String prefix, String operation) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkUserIds(node.get(i), prefix + i + ".", operation);
            }
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            String path = prefix + field.getKey();
            if (USER_ID_FIELDS.contains(field.getKey()) && value.isTextual()) {
                if (bytes(value.asText()) > MAX_ID_BYTES || !allowed(value.asText())) {
                    throw invalid(path, operation, "at most " + MAX_ID_BYTES + " bytes of letters, digits, space and "
                            + ID_PUNCTUATION.trim());
                }
            } else if (value.isContainerNode()) {
                checkUserIds(value, path + ".", operation);
            }
        }
    }

    private static boolean allowed(String id) {
        return id.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || ID_PUNCTUATION.indexOf(c) >= 0);
    }

    private static int bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8).length;
    }

    private static IllegalArgumentException invalid(String parameter, String operation, String expected) {
        return new IllegalArgumentException("Invalid parameter " + parameter + " for operation " + operation
                + ": the cloud accepts " + expected);
    }
}
