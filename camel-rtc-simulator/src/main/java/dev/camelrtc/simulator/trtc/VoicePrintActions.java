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

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelrtc.simulator.http.ApiError;
import dev.camelrtc.simulator.http.Json;

/**
 * Register/Describe/Update/DeleteVoicePrint (API pages 647/119196-119199, error codes from the SDK's TrtcErrorCode):
 * AudioFormat 0 (WAV) only, Audio Base64 of at most 2 MB ({@code InvalidParameter.InvalidAudioInput}), AudioName at
 * most 32 characters, AudioMetaInfo at most 512; an unknown VoicePrintId is
 * {@code FailedOperation.UpdateVoicePrintIdNotFound} (Delete too: inferred). The audio is not checked to be speech.
 */
final class VoicePrintActions {

    static final int MAX_AUDIO_BYTES = 2 * 1024 * 1024;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.ofHours(8));
    /** The AppId the simulated account has. */
    static final long APP_ID = 1300000000L;

    private final Clock clock;
    private final Map<String, ObjectNode> voicePrints = new LinkedHashMap<>();

    VoicePrintActions(Clock clock) {
        this.clock = clock;
    }

    synchronized ObjectNode register(JsonNode body) {
        checkAudio(body, true);
        String name = TrtcBody.text(body, "AudioName");
        if (name.length() > 32) {
            throw TrtcSchema.invalid("AudioName", "at most 32 characters");
        }
        String id = LocalDate.now(clock).toString().replace("-", "") + "_"
                + UUID.randomUUID().toString().replace("-", "");
        String now = TIME.format(clock.instant());
        ObjectNode info = Json.object().put("VoicePrintId", id).put("AppId", APP_ID).put("CreateTime", now)
                .put("UpdateTime", now).put("AudioFormat", 0).put("AudioName", name)
                .put("ReqTimestamp", body.get("ReqTimestamp").asLong());
        if (TrtcBody.hasText(body, "AudioMetaInfo")) {
            info.put("VoicePrintMetaInfo", TrtcBody.text(body, "AudioMetaInfo"));
        }
        voicePrints.put(id, info);
        return Json.object().put("VoicePrintId", id);
    }

    synchronized ObjectNode describe(JsonNode body) {
        long mode = body.get("DescribeMode").asLong();
        List<ObjectNode> found = new ArrayList<>();
        long total;
        if (mode == 0) {
            JsonNode ids = body.get("VoicePrintIdList");
            if (ids == null || !ids.isArray() || ids.isEmpty()) {
                throw new ApiError("InvalidParameter.InvalidVoicePrintIdList", "VoicePrintIdList must not be empty.");
            }
            ids.forEach(id -> {
                ObjectNode info = voicePrints.get(id.asText());
                if (info != null) {
                    found.add(info);
                }
            });
            total = found.size();
        } else if (mode == 1) {
            long page = TrtcBody.longOr(body, "PageIndex", 1);
            long size = TrtcBody.longOr(body, "PageSize", 20);
            if (page < 1 || size < 20) {
                throw new ApiError("InvalidParameter.OutOfRange", "PageIndex starts at 1; PageSize is at least 20.");
            }
            voicePrints.values().stream().skip((page - 1) * size).limit(size).forEach(found::add);
            total = voicePrints.size();
        } else {
            throw TrtcSchema.invalid("DescribeMode", "0 or 1");
        }
        ObjectNode out = Json.object().put("TotalCount", total);
        ArrayNode data = out.putArray("Data");
        found.forEach(info -> data.add(info.deepCopy()));
        return out;
    }

    synchronized ObjectNode update(JsonNode body) {
        ObjectNode info = existing(body);
        if (!TrtcBody.hasText(body, "Audio") && !TrtcBody.hasText(body, "AudioMetaInfo")) {
            throw new ApiError("MissingParameter.MissingVoicePrintUpdateParams",
                    "Audio and AudioMetaInfo must not both be empty.");
        }
        checkAudio(body, false);
        if (TrtcBody.hasText(body, "AudioMetaInfo")) {
            info.put("VoicePrintMetaInfo", TrtcBody.text(body, "AudioMetaInfo"));
        }
        info.put("UpdateTime", TIME.format(clock.instant())).put("ReqTimestamp", body.get("ReqTimestamp").asLong());
        return Json.object();
    }

    synchronized ObjectNode delete(JsonNode body) {
        existing(body);
        voicePrints.remove(TrtcBody.text(body, "VoicePrintId"));
        return Json.object();
    }

    synchronized void reset() {
        voicePrints.clear();
    }

    private ObjectNode existing(JsonNode body) {
        ObjectNode info = voicePrints.get(TrtcBody.text(body, "VoicePrintId"));
        if (info == null) {
            throw new ApiError("FailedOperation.UpdateVoicePrintIdNotFound",
                    "The VoicePrintId does not exist: " + TrtcBody.text(body, "VoicePrintId"));
        }
        return info;
    }

    private static void checkAudio(JsonNode body, boolean required) {
        if (body.has("AudioFormat") && body.get("AudioFormat").asLong() != 0) {
            throw TrtcSchema.invalid("AudioFormat", "only 0 (WAV) is supported");
        }
        String meta = TrtcBody.text(body, "AudioMetaInfo");
        if (meta != null && meta.length() > 512) {
            throw TrtcSchema.invalid("AudioMetaInfo", "at most 512 characters");
        }
        if (!required && !TrtcBody.hasText(body, "Audio")) {
            return;
        }
        byte[] audio;
        try {
            audio = Base64.getDecoder().decode(TrtcBody.text(body, "Audio"));
        } catch (IllegalArgumentException e) {
            throw new ApiError("InvalidParameter.InvalidAudioInput", "Audio is not Base64.");
        }
        if (audio.length == 0 || audio.length > MAX_AUDIO_BYTES) {
            throw new ApiError("InvalidParameter.InvalidAudioInput", "Audio must be a WAV file of at most 2 MB.");
        }
    }
}
