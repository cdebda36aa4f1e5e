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

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelrtc.simulator.http.Json;

/**
 * Start/Stop/Describe/Update/ControlAIConversation. Dedup on start: SessionId (per SdkAppId) when given, else one
 * live conversation per room and AgentConfig.UserId. Update and Control need a live (not Stopped) task, else
 * {@code FailedOperation.TaskNotExist}.
 */
final class AiConversationActions {

    static final long DEFAULT_MAX_IDLE_TIME = 60;
    private static final TrtcTask.Family FAMILY = TrtcTask.Family.AI_CONVERSATION;
    private static final Set<String> COMMANDS = Set.of("ServerPushText", "InvokeLLM", "TransparentData");

    private final TrtcTaskRegistry registry;

    AiConversationActions(TrtcTaskRegistry registry) {
        this.registry = registry;
    }

    ObjectNode start(JsonNode body) {
        TrtcBody.requireJsonObjectString(body, "LLMConfig");
        TrtcBody.requireJsonObjectString(body, "TTSConfig");
        TrtcBody.requireJsonObjectString(body, "AvatarConfig");
        JsonNode agent = body.get("AgentConfig");
        long maxIdle = TrtcBody.longOr(agent, "MaxIdleTime", DEFAULT_MAX_IDLE_TIME);
        TrtcTask task = registry.startInRoom(FAMILY, body, TrtcBody.text(body, "SessionId"),
                "|bot|" + TrtcBody.text(agent, "UserId"), maxIdle);
        return Json.object().put("TaskId", task.taskId());
    }

    ObjectNode stop(JsonNode body) {
        registry.end(FAMILY, TrtcBody.text(body, "TaskId"));
        return Json.object();
    }

    ObjectNode describe(JsonNode body) {
        return AiTranscriptionActions.describeAiTask(registry, FAMILY, body);
    }

    ObjectNode update(JsonNode body) {
        TrtcBody.requireJsonObjectString(body, "LLMConfig");
        TrtcBody.requireJsonObjectString(body, "TTSConfig");
        registry.getLive(FAMILY, TrtcBody.text(body, "TaskId"));
        return Json.object();
    }

    ObjectNode control(JsonNode body) {
        String command = TrtcBody.text(body, "Command");
        if (!COMMANDS.contains(command)) {
            throw TrtcSchema.invalid("Command", "must be one of " + COMMANDS);
        }
        JsonNode argument = body.get(command);
        if (argument == null || argument.isNull()) {
            throw TrtcSchema.missing(command);
        }
        registry.getLive(FAMILY, TrtcBody.text(body, "TaskId"));
        return Json.object();
    }
}
