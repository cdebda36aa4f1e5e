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

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.databind.JsonNode;

import dev.camelrtc.simulator.http.Json;

/** Small readers for request bodies that already passed {@link TrtcSchema#check}. */
final class TrtcBody {

    /** AI tasks report StartTime like "2025-04-24 16:17:56.931660" (Beijing time). */
    private static final DateTimeFormatter AI_START_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneId.of("Asia/Shanghai"));

    private TrtcBody() {
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static boolean hasText(JsonNode node, String field) {
        String t = text(node, field);
        return t != null && !t.isEmpty();
    }

    static long longOr(JsonNode node, String field, long fallback) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? fallback : v.asLong();
    }

    /** LLMConfig / TTSConfig / AvatarConfig: a string holding a JSON object. */
    static void requireJsonObjectString(JsonNode body, String field) {
        String value = text(body, field);
        if (value == null) {
            return;
        }
        JsonNode parsed = Json.parseOrNull(value);
        if (parsed == null || !parsed.isObject()) {
            throw TrtcSchema.invalid(field, "expected a string containing a JSON object");
        }
    }

    static String aiStartTime(Instant createdAt) {
        return AI_START_TIME.format(createdAt);
    }
}
