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

import dev.camelrtc.simulator.http.ApiError;
import dev.camelrtc.simulator.http.Json;

/**
 * Create/Delete/DescribeCloudTranscription (transcription 2.0): Idle → InProgress → Exited (Delete or MaxIdleTime,
 * default 30) → gone, after which Describe answers {@code FailedOperation.TaskNotExist}. Dedup on create: one live
 * task per room (SdkAppId + RoomId + RoomIdType) and TranscriptionParam.UserId. StartTime is epoch milliseconds.
 */
final class CloudTranscriptionActions {

    static final long DEFAULT_MAX_IDLE_TIME = 30;
    private static final TrtcTask.Family FAMILY = TrtcTask.Family.CLOUD_TRANSCRIPTION;

    private final TrtcTaskRegistry registry;

    CloudTranscriptionActions(TrtcTaskRegistry registry) {
        this.registry = registry;
    }

    ObjectNode create(JsonNode body) {
        long roomIdType = body.get("RoomIdType").asLong();
        if (roomIdType != 0 && roomIdType != 1) {
            throw TrtcSchema.invalid("RoomIdType", "must be 0 or 1");
        }
        JsonNode param = body.get("TranscriptionParam");
        long maxIdle = TrtcBody.longOr(param, "MaxIdleTime", DEFAULT_MAX_IDLE_TIME);
        if (maxIdle < 5 || maxIdle > 86400) {
            throw new ApiError("InvalidParameter.OutOfRange",
                    "TranscriptionParam.MaxIdleTime must be between 5 and 86400.");
        }
        long sdkAppId = body.get("SdkAppId").asLong();
        String roomId = TrtcBody.text(body, "RoomId");
        String dedupKey = FAMILY + "|" + sdkAppId + "|room|" + roomIdType + "|" + roomId + "|bot|"
                + TrtcBody.text(param, "UserId");
        TrtcTask task = registry.start(FAMILY, sdkAppId, roomId, roomIdType, null, dedupKey,
                registry.timings().apiSeconds(maxIdle));
        task.robotUserId(TrtcBody.text(param, "UserId"));
        return Json.object().put("TaskId", task.taskId());
    }

    ObjectNode delete(JsonNode body) {
        TrtcTask task = registry.getLive(FAMILY, TrtcBody.text(body, "TaskId"));
        checkApp(task, body);
        registry.end(FAMILY, task.taskId());
        return Json.object().put("TaskId", task.taskId());
    }

    ObjectNode describe(JsonNode body) {
        TrtcTask task = registry.get(FAMILY, TrtcBody.text(body, "TaskId"));
        checkApp(task, body);
        ObjectNode out = Json.object();
        out.put("StartTime", task.createdAt().toEpochMilli());
        out.put("Status", registry.status(task));
        out.put("TaskId", task.taskId());
        return out;
    }

    private static void checkApp(TrtcTask task, JsonNode body) {
        if (task.sdkAppId() != body.get("SdkAppId").asLong()) {
            throw new ApiError("FailedOperation.TaskNotExist",
                    "The task does not exist under this SdkAppId: " + task.taskId());
        }
    }
}
