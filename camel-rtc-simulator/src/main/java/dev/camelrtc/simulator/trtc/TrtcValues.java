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
package dev.camelrtc.simulator.trtc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;

import dev.camelrtc.simulator.http.ApiError;
import dev.camelrtc.simulator.http.Json;

/**
 * Value rules the cloud applies beyond JSON types (README "TRTC behaviour", "Value limits"): the request body must be
 * UTF-8 JSON with no field twice; room ids, user ids and session ids must fit the documented (or, where marked,
 * inferred) length and character set.
 */
final class TrtcValues {

    /**
     * Characters of a string room id (TRTC client SDK docs, TRTCParams.strRoomId: "the length limit is 64 bytes. The
     * following 89 characters are supported: letters, digits, space, ! # $ % &amp; ( ) + - : ; &lt; = . &gt; ? @ [ ] ^ _
     * { } | ~ ,").
     */
    static final String ROOM_PUNCTUATION = " !#$%&()+-:;<=.>?@[]^_{}|~,";
    static final int MAX_ROOM_ID_BYTES = 64;
    /** Numeric rooms (RoomIdType 0): 1 – 4294967294 (TRTCParams.roomId). */
    static final long MAX_NUMERIC_ROOM_ID = 4_294_967_294L;
    /** Inferred: user ids in the string-room character set, at most 64 bytes. */
    static final int MAX_USER_ID_BYTES = 64;
    /** Inferred: session ids printable ASCII, at most 128 bytes. */
    static final int MAX_SESSION_ID_BYTES = 128;

    /** Fields holding a TRTC user id, wherever they appear in a body. */
    private static final Set<String> USER_ID_FIELDS = Set.of("UserId", "TargetUserId", "IMAdminUserId",
            "TargetUser", "TTSRobotUser");
    private static final Set<String> USER_ID_LIST_FIELDS = Set.of("TargetUserIdList");

    private static final ObjectReader STRICT = Json.MAPPER.reader()
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private TrtcValues() {
    }

    /** The body as a JSON object: strict UTF-8, no duplicate field, nothing after the object. */
    static JsonNode parseBody(byte[] body) {
        if (!isAscii(body)) { // ASCII is UTF-8; anything else is checked strictly before Jackson reads it
            try {
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(body));
            } catch (CharacterCodingException e) {
                throw new ApiError("InvalidParameter", "The request body is not valid UTF-8.");
            }
        }
        JsonNode node;
        try {
            node = STRICT.readTree(body);
        } catch (IOException e) {
            String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : null;
            if (m != null && m.startsWith("Duplicate field")) {
                throw new ApiError("InvalidParameter", "The request body is not valid JSON: " + m + ".");
            }
            throw new ApiError("InvalidParameter", "The request body is not a JSON object.");
        }
        if (node == null || !node.isObject()) {
            throw new ApiError("InvalidParameter", "The request body is not a JSON object.");
        }
        return node;
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** Checks RoomId (with RoomIdType), every user id and SessionId of a body that passed the schema. */
    static void check(JsonNode body) {
        JsonNode roomId = body.get("RoomId");
        if (roomId != null && roomId.isTextual()) {
            checkRoomId(roomId.asText(), body.path("RoomIdType").asLong(0));
        }
        JsonNode sessionId = body.get("SessionId");
        if (sessionId != null && sessionId.isTextual() && !sessionId.asText().isEmpty()) {
            checkSessionId(sessionId.asText());
        }
        checkUserIds(body, "");
    }

    static void checkRoomId(String roomId, long roomIdType) {
        String code = roomIdType == 1 ? "InvalidParameter.StrRoomId" : "InvalidParameter.RoomId";
        int bytes = roomId.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_ROOM_ID_BYTES) {
            throw new ApiError(code, "The value of parameter `RoomId` is not valid: longer than " + MAX_ROOM_ID_BYTES
                    + " bytes (" + bytes + ").");
        }
        int bad = firstOutside(roomId);
        if (bad >= 0) {
            throw new ApiError(code, "The value of parameter `RoomId` is not valid: character "
                    + describe(roomId, bad) + " is not allowed (letters, digits, space and " + ROOM_PUNCTUATION.trim()
                    + ").");
        }
        if (roomIdType != 1 && !roomId.isEmpty() && roomId.chars().allMatch(c -> c >= '0' && c <= '9')) {
            boolean inRange = roomId.length() <= 10 && Long.parseLong(roomId) >= 1
                    && Long.parseLong(roomId) <= MAX_NUMERIC_ROOM_ID;
            if (!inRange) {
                throw new ApiError(code, "The value of parameter `RoomId` is not valid: a numeric room id is 1 to "
                        + MAX_NUMERIC_ROOM_ID + ".");
            }
        }
    }

    private static void checkSessionId(String sessionId) {
        int bytes = sessionId.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_SESSION_ID_BYTES) {
            throw new ApiError("InvalidParameter", "The value of parameter `SessionId` is not valid: longer than "
                    + MAX_SESSION_ID_BYTES + " bytes (" + bytes + ").");
        }
        for (int i = 0; i < sessionId.length(); i++) {
            char c = sessionId.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw new ApiError("InvalidParameter", "The value of parameter `SessionId` is not valid: character "
                        + describe(sessionId, i) + " is not printable ASCII.");
            }
        }
    }

    private static void checkUserIds(JsonNode node, String prefix) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkUserIds(node.get(i), prefix + i + ".");
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String path = prefix + field.getKey();
            JsonNode value = field.getValue();
            if (USER_ID_FIELDS.contains(field.getKey()) && value.isTextual()) {
                checkUserId(path, value.asText());
            } else if (USER_ID_LIST_FIELDS.contains(field.getKey()) && value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    if (value.get(i).isTextual()) {
                        checkUserId(path + "." + i, value.get(i).asText());
                    }
                }
            } else if (value.isContainerNode()) {
                checkUserIds(value, path + ".");
            }
        }
    }

    private static void checkUserId(String path, String userId) {
        int bytes = userId.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_USER_ID_BYTES) {
            throw new ApiError("InvalidParameter.UserId", "The value of parameter `" + path + "` is not valid: longer"
                    + " than " + MAX_USER_ID_BYTES + " bytes (" + bytes + ").");
        }
        int bad = firstOutside(userId);
        if (bad >= 0) {
            throw new ApiError("InvalidParameter.UserId", "The value of parameter `" + path + "` is not valid:"
                    + " character " + describe(userId, bad) + " is not allowed.");
        }
    }

    /** Index of the first character outside letters, digits and {@link #ROOM_PUNCTUATION}, or -1. */
    private static int firstOutside(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || ROOM_PUNCTUATION.indexOf(c) >= 0;
            if (!ok) {
                return i;
            }
        }
        return -1;
    }

    private static String describe(String s, int i) {
        return String.format("U+%04X at index %d", (int) s.charAt(i), i);
    }
}
