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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelrtc.simulator.http.Json;

/**
 * StartAITranscription / StopAITranscription / DescribeAITranscription. Dedup on start: SessionId (per SdkAppId) when
 * given; otherwise TranscriptionMode 0 = one live task per room (SdkAppId + RoomId + RoomIdType), mode 1 = one per
 * TargetUserId in that room.
 */
final class AiTranscriptionActions {

    static final long DEFAULT_MAX_IDLE_TIME = 60;
    private static final TrtcTask.Family FAMILY = TrtcTask.Family.AI_TRANSCRIPTION;

    private final TrtcTaskRegistry registry;

    AiTranscriptionActions(TrtcTaskRegistry registry) {
        this.registry = registry;
    }

    ObjectNode start(JsonNode body) {
        JsonNode params = body.get("TranscriptionParams");
        long mode = TrtcBody.longOr(params, "TranscriptionMode", 0);
        if (mode != 0 && mode != 1) {
            throw TrtcSchema.invalid("TranscriptionParams.TranscriptionMode", "must be 0 or 1");
        }
        if (mode == 1 && !TrtcBody.hasText(params, "TargetUserId")) {
            throw TrtcSchema.missing("TranscriptionParams.TargetUserId");
        }
        String inRoom = mode == 0 ? "" : "|target|" + TrtcBody.text(params, "TargetUserId");
        long maxIdle = TrtcBody.longOr(params, "MaxIdleTime", DEFAULT_MAX_IDLE_TIME);
        TrtcTask task = registry.startInRoom(FAMILY, body, TrtcBody.text(body, "SessionId"), inRoom, maxIdle);
        return Json.object().put("TaskId", task.taskId());
    }

    ObjectNode stop(JsonNode body) {
        registry.end(FAMILY, TrtcBody.text(body, "TaskId"));
        return Json.object();
    }

    ObjectNode describe(JsonNode body) {
        return describeAiTask(registry, FAMILY, body);
    }

    /** Shared by both AI families: TaskId, or SdkAppId + SessionId when TaskId is empty. */
    static ObjectNode describeAiTask(TrtcTaskRegistry registry, TrtcTask.Family family, JsonNode body) {
        TrtcTask task;
        if (TrtcBody.hasText(body, "TaskId")) {
            task = registry.get(family, TrtcBody.text(body, "TaskId"));
        } else if (TrtcBody.hasText(body, "SessionId")) {
            JsonNode sdkAppId = body.get("SdkAppId");
            if (family == TrtcTask.Family.AI_TRANSCRIPTION && (sdkAppId == null || sdkAppId.isNull())) {
                throw TrtcSchema.missing("SdkAppId");
            }
            task = registry.getBySession(family, sdkAppId == null || sdkAppId.isNull() ? null : sdkAppId.asLong(),
                    TrtcBody.text(body, "SessionId"));
        } else {
            throw TrtcSchema.missing("TaskId");
        }
        ObjectNode out = Json.object();
        out.put("StartTime", task.aiStartTime());
        out.put("Status", registry.status(task));
        out.put("TaskId", task.taskId());
        if (task.sessionId() != null) {
            out.put("SessionId", task.sessionId());
        }
        return out;
    }
}
