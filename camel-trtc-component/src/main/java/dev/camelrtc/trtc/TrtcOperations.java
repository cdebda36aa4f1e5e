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

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelrtc.support.call.OperationKind;
import dev.camelrtc.support.call.OperationSpec;
import dev.camelrtc.support.call.RetryRule;
import dev.camelrtc.support.call.RtcOperation;
import dev.camelrtc.support.json.Parameters;
import dev.camelrtc.trtc.model.ControlAIConversationRequest;
import dev.camelrtc.trtc.model.ControlAIConversationResponse;
import dev.camelrtc.trtc.model.CreateCloudTranscriptionRequest;
import dev.camelrtc.trtc.model.CreateCloudTranscriptionResponse;
import dev.camelrtc.trtc.model.DeleteCloudTranscriptionRequest;
import dev.camelrtc.trtc.model.DeleteCloudTranscriptionResponse;
import dev.camelrtc.trtc.model.DescribeAIConversationRequest;
import dev.camelrtc.trtc.model.DescribeAIConversationResponse;
import dev.camelrtc.trtc.model.DescribeAITranscriptionRequest;
import dev.camelrtc.trtc.model.DescribeAITranscriptionResponse;
import dev.camelrtc.trtc.model.DescribeCloudTranscriptionRequest;
import dev.camelrtc.trtc.model.DescribeCloudTranscriptionResponse;
import dev.camelrtc.trtc.model.StartAIConversationRequest;
import dev.camelrtc.trtc.model.StartAIConversationResponse;
import dev.camelrtc.trtc.model.StartAITranscriptionRequest;
import dev.camelrtc.trtc.model.StartAITranscriptionResponse;
import dev.camelrtc.trtc.model.StopAIConversationRequest;
import dev.camelrtc.trtc.model.StopAIConversationResponse;
import dev.camelrtc.trtc.model.StopAITranscriptionRequest;
import dev.camelrtc.trtc.model.StopAITranscriptionResponse;
import dev.camelrtc.trtc.model.UpdateAIConversationRequest;
import dev.camelrtc.trtc.model.UpdateAIConversationResponse;

/**
 * The TRTC AI actions (API 2019-07-22) as producer operations: what each does, its models, the parameters URI options
 * and headers may fill, the parameters the API reference requires (see docs), its documented QPS and its retry rule.
 */
public enum TrtcOperations implements RtcOperation {

    startAITranscription(OperationSpec.start("StartAITranscription", Family.AI_TRANSCRIPTION)
            .models(StartAITranscriptionRequest.class, StartAITranscriptionResponse.class).qps(50)
            .fills("SdkAppId", "RoomId", "SessionId")
            .requires("SdkAppId", "RoomId", "TranscriptionParams.UserId", "TranscriptionParams.UserSig")
            .retry(RetryRule.deduplicatedBy("SessionId"))),
    stopAITranscription(OperationSpec.stop("StopAITranscription", Family.AI_TRANSCRIPTION)
            .models(StopAITranscriptionRequest.class, StopAITranscriptionResponse.class).qps(20)
            .fills("TaskId").requires("TaskId")),
    describeAITranscription(OperationSpec.describe("DescribeAITranscription", Family.AI_TRANSCRIPTION)
            .models(DescribeAITranscriptionRequest.class, DescribeAITranscriptionResponse.class).qps(20)
            .fills("TaskId", "SdkAppId", "SessionId")),
    startAIConversation(OperationSpec.start("StartAIConversation", Family.AI_CONVERSATION)
            .models(StartAIConversationRequest.class, StartAIConversationResponse.class).qps(50)
            .fills("SdkAppId", "RoomId", "SessionId")
            .requires("SdkAppId", "RoomId", "AgentConfig.UserId", "AgentConfig.UserSig", "AgentConfig.TargetUserId",
                    "LLMConfig", "TTSConfig")
            .jsonStrings("LLMConfig", "TTSConfig", "AvatarConfig")
            .retry(RetryRule.deduplicatedBy("SessionId"))),
    stopAIConversation(OperationSpec.stop("StopAIConversation", Family.AI_CONVERSATION)
            .models(StopAIConversationRequest.class, StopAIConversationResponse.class).qps(20)
            .fills("TaskId").requires("TaskId")),
    describeAIConversation(OperationSpec.describe("DescribeAIConversation", Family.AI_CONVERSATION)
            .models(DescribeAIConversationRequest.class, DescribeAIConversationResponse.class).qps(20)
            .fills("SdkAppId", "TaskId", "SessionId")),
    updateAIConversation(OperationSpec.update("UpdateAIConversation", Family.AI_CONVERSATION)
            .models(UpdateAIConversationRequest.class, UpdateAIConversationResponse.class).qps(20)
            .fills("TaskId").requires("TaskId").jsonStrings("LLMConfig", "TTSConfig")),
    controlAIConversation(OperationSpec.control("ControlAIConversation", Family.AI_CONVERSATION)
            .models(ControlAIConversationRequest.class, ControlAIConversationResponse.class).qps(50)
            .fills("TaskId").requires("TaskId", "Command")),
    createCloudTranscription(OperationSpec.start("CreateCloudTranscription", Family.CLOUD_TRANSCRIPTION)
            .models(CreateCloudTranscriptionRequest.class, CreateCloudTranscriptionResponse.class).qps(20)
            .fills("SdkAppId", "RoomId")
            .requires("SdkAppId", "RoomId", "RoomIdType", "TranscriptionParam.UserId", "TranscriptionParam.UserSig",
                    "AsrParam.Lang")),
    deleteCloudTranscription(OperationSpec.stop("DeleteCloudTranscription", Family.CLOUD_TRANSCRIPTION)
            .models(DeleteCloudTranscriptionRequest.class, DeleteCloudTranscriptionResponse.class).qps(20)
            .fills("SdkAppId", "TaskId").requires("SdkAppId", "TaskId")),
    describeCloudTranscription(OperationSpec.describe("DescribeCloudTranscription", Family.CLOUD_TRANSCRIPTION)
            .models(DescribeCloudTranscriptionRequest.class, DescribeCloudTranscriptionResponse.class).qps(20)
            .fills("SdkAppId", "TaskId").requires("SdkAppId", "TaskId"));

    /** The task families; a family's starts are followed by the consumers of its Describe operation. */
    static final class Family {
        static final String AI_TRANSCRIPTION = "AITranscription";
        static final String AI_CONVERSATION = "AIConversation";
        static final String CLOUD_TRANSCRIPTION = "CloudTranscription";

        private Family() {
        }
    }

    private final OperationSpec spec;

    TrtcOperations(OperationSpec.Builder spec) {
        this.spec = spec.build();
    }

    @Override
    public OperationSpec spec() {
        return spec;
    }

    /** The Describe operation of this operation's task family. */
    public TrtcOperations describeOperation() {
        for (TrtcOperations op : values()) {
            if (op.kind() == OperationKind.DESCRIBE && op.family().equals(family())) {
                return op;
            }
        }
        throw new IllegalStateException("No Describe operation for " + family());
    }

    @Override
    public void validate(ObjectNode params) {
        RtcOperation.super.validate(params);
        TrtcIdLimits.check(params, name());
        switch (this) {
            case startAITranscription -> {
                JsonNode mode = params.path("TranscriptionParams").path("TranscriptionMode");
                if (mode.asLong(0) == 1) {
                    Parameters.requirePresent(params, List.of("TranscriptionParams.TargetUserId"), name());
                }
            }
            case describeAITranscription, describeAIConversation -> {
                boolean bySession = !Parameters.isMissing(params.get("SessionId"))
                        && (this == describeAIConversation || !Parameters.isMissing(params.get("SdkAppId")));
                if (Parameters.isMissing(params.get("TaskId")) && !bySession) {
                    throw new IllegalArgumentException("Missing required parameter TaskId for operation " + name()
                            + " (or query by " + (this == describeAITranscription ? "SdkAppId and " : "")
                            + "SessionId)");
                }
                if (this == describeAITranscription && Parameters.isMissing(params.get("TaskId"))) {
                    params.put("TaskId", ""); // the API queries by SdkAppId+SessionId when TaskId is empty
                }
            }
            case controlAIConversation -> {
                String command = params.path("Command").asText();
                if ("ServerPushText".equals(command)) {
                    Parameters.requirePresent(params, List.of("ServerPushText"), name());
                } else if ("InvokeLLM".equals(command)) {
                    Parameters.requirePresent(params, List.of("InvokeLLM"), name());
                }
            }
            default -> {
            }
        }
    }

    /** The operation of a URI path or header value; fails listing the valid names. */
    public static TrtcOperations fromName(String name) {
        return RtcOperation.fromName(TrtcOperations.class, "trtc", name);
    }
}
