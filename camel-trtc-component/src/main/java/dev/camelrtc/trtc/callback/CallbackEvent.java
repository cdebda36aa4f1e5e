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
package dev.camelrtc.trtc.callback;

import com.fasterxml.jackson.databind.JsonNode;

import dev.camelrtc.support.callback.CallbackMessage;
import dev.camelrtc.support.tasks.TaskState;

/**
 * One parsed callback: what the headers and the de-duplication key are made of, and the body a route receives (a
 * {@link TrtcEvent} for the event types it knows, the JSON otherwise). Fields the callback lacks are null.
 */
record CallbackEvent(Integer eventGroupId, Integer eventType, String taskId, String roomId, Long eventMsTs,
                     TaskState taskState, Object body) {

    /** Tencent's documented de-duplication key (TaskId, EventType, EventMsTs); null when the callback lacks one. */
    String deduplicationKey() {
        if (taskId == null || eventType == null || eventMsTs == null) {
            return null;
        }
        return taskId + "|" + eventType + "|" + eventMsTs;
    }

    /** The body, headers and key of the exchange it becomes. */
    CallbackMessage message() {
        return new CallbackMessage(body, deduplicationKey()).header(TrtcCallbacksConstants.EVENT_TYPE, eventType)
                .header(TrtcCallbacksConstants.EVENT_GROUP_ID, eventGroupId)
                .header(TrtcCallbacksConstants.TASK_ID, taskId).header(TrtcCallbacksConstants.ROOM_ID, roomId)
                .header(TrtcCallbacksConstants.EVENT_TIME, eventMsTs)
                .header(TrtcCallbacksConstants.TASK_STATE, taskState == null ? null : taskState.name());
    }

    static CallbackEvent parse(JsonNode json) {
        JsonNode info = json.path("EventInfo");
        JsonNode payload = info.path("Payload");
        Integer group = integer(json.get("EventGroupId"));
        Integer type = integer(json.get("EventType"));
        String taskId = text(info.get("TaskId"));
        String roomId = text(info.get("RoomId"));
        Long at = longValue(info.get("EventMsTs"));
        if (group == null || type == null) {
            return new CallbackEvent(group, type, taskId, roomId, at, null, json);
        }
        long ts = at == null ? 0 : at;
        return switch (type) {
            case 901, 1401 -> {
                int status = payload.path("Status").asInt(0);
                yield new CallbackEvent(group, type, taskId, roomId, at, status == 0 ? TaskState.RUNNING : TaskState.ENDED,
                        new TaskStarted(group, type, taskId, roomId, ts, status));
            }
            case 902, 1402 -> new CallbackEvent(group, type, taskId, roomId, at, TaskState.ENDED,
                    new TaskStopped(group, type, taskId, roomId, ts, integer(payload.get("LeaveCode"))));
            case 903, 1403 -> new CallbackEvent(group, type, taskId, roomId, at, null,
                    new Sentence(group, type, taskId, roomId, ts, text(payload.get("UserId")),
                            text(payload.get("Text")), longValue(payload.get("StartTimeMs")),
                            longValue(payload.get("EndTimeMs")), text(payload.get("RoundId"))));
            default -> new CallbackEvent(group, type, taskId, roomId, at, null, json);
        };
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
    }

    private static Integer integer(JsonNode node) {
        Long value = longValue(node);
        return value == null ? null : value.intValue();
    }

    private static Long longValue(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.asLong();
        }
        if (node.isTextual()) {
            try {
                return Long.parseLong(node.asText().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
