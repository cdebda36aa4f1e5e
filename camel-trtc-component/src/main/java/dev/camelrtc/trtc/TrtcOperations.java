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

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelrtc.support.call.OperationKind;
import dev.camelrtc.support.call.OperationSpec;
import dev.camelrtc.support.call.RetryRule;
import dev.camelrtc.support.call.RtcOperation;
import dev.camelrtc.support.json.Parameters;
import dev.camelrtc.trtc.model.AsyncTextToSpeechRequest;
import dev.camelrtc.trtc.model.AsyncTextToSpeechResponse;
import dev.camelrtc.trtc.model.ControlAIConversationRequest;
import dev.camelrtc.trtc.model.ControlAIConversationResponse;
import dev.camelrtc.trtc.model.CreateCloudTranscriptionRequest;
import dev.camelrtc.trtc.model.CreateCloudTranscriptionResponse;
import dev.camelrtc.trtc.model.DeleteCloudTranscriptionRequest;
import dev.camelrtc.trtc.model.DeleteCloudTranscriptionResponse;
import dev.camelrtc.trtc.model.DeleteVoicePrintRequest;
import dev.camelrtc.trtc.model.DeleteVoicePrintResponse;
import dev.camelrtc.trtc.model.DescribeAIConversationRequest;
import dev.camelrtc.trtc.model.DescribeAIConversationResponse;
import dev.camelrtc.trtc.model.DescribeAITranscriptionRequest;
import dev.camelrtc.trtc.model.DescribeAITranscriptionResponse;
import dev.camelrtc.trtc.model.DescribeAsyncTextToSpeechRequest;
import dev.camelrtc.trtc.model.DescribeAsyncTextToSpeechResponse;
import dev.camelrtc.trtc.model.DescribeCloudTranscriptionRequest;
import dev.camelrtc.trtc.model.DescribeCloudTranscriptionResponse;
import dev.camelrtc.trtc.model.DescribeTRTCAIRecognitionUsageRequest;
import dev.camelrtc.trtc.model.DescribeTRTCAIRecognitionUsageResponse;
import dev.camelrtc.trtc.model.DescribeVoicePrintRequest;
import dev.camelrtc.trtc.model.DescribeVoicePrintResponse;
import dev.camelrtc.trtc.model.RegisterVoicePrintRequest;
import dev.camelrtc.trtc.model.RegisterVoicePrintResponse;
import dev.camelrtc.trtc.model.StartAIConversationRequest;
import dev.camelrtc.trtc.model.StartAIConversationResponse;
import dev.camelrtc.trtc.model.StartAITranscriptionRequest;
import dev.camelrtc.trtc.model.StartAITranscriptionResponse;
import dev.camelrtc.trtc.model.StopAIConversationRequest;
import dev.camelrtc.trtc.model.StopAIConversationResponse;
import dev.camelrtc.trtc.model.StopAITranscriptionRequest;
import dev.camelrtc.trtc.model.StopAITranscriptionResponse;
import dev.camelrtc.trtc.model.TextToSpeechRequest;
import dev.camelrtc.trtc.model.TextToSpeechResponse;
import dev.camelrtc.trtc.model.UpdateAIConversationRequest;
import dev.camelrtc.trtc.model.UpdateAIConversationResponse;
import dev.camelrtc.trtc.model.UpdateVoicePrintRequest;
import dev.camelrtc.trtc.model.UpdateVoicePrintResponse;
import dev.camelrtc.trtc.model.VoiceCloneRequest;
import dev.camelrtc.trtc.model.VoiceCloneResponse;

/**
 * The TRTC AI actions (API 2019-07-22, all served by trtc.tencentcloudapi.com; see docs for their sources) as producer
 * operations: what each does, its models, the parameters URI options
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
            .fills("SdkAppId", "TaskId").requires("SdkAppId", "TaskId")),
    describeTRTCAIRecognitionUsage(OperationSpec.query("DescribeTRTCAIRecognitionUsage", Family.USAGE)
            .models(DescribeTRTCAIRecognitionUsageRequest.class, DescribeTRTCAIRecognitionUsageResponse.class).qps(20)
            .fills("SdkAppId").requires("StartTime", "EndTime", "AuType")),
    registerVoicePrint(OperationSpec.create("RegisterVoicePrint", Family.VOICE_PRINT)
            .models(RegisterVoicePrintRequest.class, RegisterVoicePrintResponse.class).qps(5)
            .requires("Audio", "ReqTimestamp", "AudioFormat", "AudioName")),
    describeVoicePrint(OperationSpec.query("DescribeVoicePrint", Family.VOICE_PRINT)
            .models(DescribeVoicePrintRequest.class, DescribeVoicePrintResponse.class).qps(5)
            .requires("DescribeMode")),
    updateVoicePrint(OperationSpec.update("UpdateVoicePrint", Family.VOICE_PRINT)
            .models(UpdateVoicePrintRequest.class, UpdateVoicePrintResponse.class).qps(5)
            .requires("VoicePrintId", "ReqTimestamp")),
    deleteVoicePrint(OperationSpec.stop("DeleteVoicePrint", Family.VOICE_PRINT)
            .models(DeleteVoicePrintRequest.class, DeleteVoicePrintResponse.class).qps(5)
            .requires("VoicePrintId")),
    /** The reply body is the decoded audio (TrtcProducer); synthesising again after a lost reply only costs. */
    textToSpeech(OperationSpec.create("TextToSpeech", Family.TEXT_TO_SPEECH)
            .models(TextToSpeechRequest.class, TextToSpeechResponse.class).qps(20)
            .fills("SdkAppId").requires("Text", "Voice.VoiceId", "SdkAppId").retry(RetryRule.ANY_TRANSIENT)),
    voiceClone(OperationSpec.create("VoiceClone", Family.TEXT_TO_SPEECH)
            .models(VoiceCloneRequest.class, VoiceCloneResponse.class).qps(5)
            .fills("SdkAppId").requires("SdkAppId", "VoiceName", "PromptAudio")),
    asyncTextToSpeech(OperationSpec.start("AsyncTextToSpeech", Family.ASYNC_TEXT_TO_SPEECH)
            .models(AsyncTextToSpeechRequest.class, AsyncTextToSpeechResponse.class).qps(20)
            .fills("SdkAppId").requires("Text", "Voice.VoiceId", "SdkAppId")),
    describeAsyncTextToSpeech(OperationSpec.describe("DescribeAsyncTextToSpeech", Family.ASYNC_TEXT_TO_SPEECH)
            .models(DescribeAsyncTextToSpeechRequest.class, DescribeAsyncTextToSpeechResponse.class).qps(20)
            .fills("TaskId").requires("TaskId"));

    /**
     * The families; a family's starts are followed by the consumers of its Describe operation. Usage, VoicePrint and
     * TextToSpeech have no tasks.
     */
    static final class Family {
        static final String AI_TRANSCRIPTION = "AITranscription";
        static final String AI_CONVERSATION = "AIConversation";
        static final String CLOUD_TRANSCRIPTION = "CloudTranscription";
        static final String ASYNC_TEXT_TO_SPEECH = "AsyncTextToSpeech";
        static final String USAGE = "Usage";
        static final String VOICE_PRINT = "VoicePrint";
        static final String TEXT_TO_SPEECH = "TextToSpeech";

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
            case describeTRTCAIRecognitionUsage -> checkUsagePeriod(params);
            case describeVoicePrint -> {
                if (params.path("DescribeMode").asLong(-1) == 0) {
                    Parameters.requirePresent(params, List.of("VoicePrintIdList"), name());
                } else if (params.path("DescribeMode").asLong(-1) == 1) {
                    Parameters.requirePresent(params, List.of("PageIndex", "PageSize"), name());
                    if (params.path("PageSize").asLong() < MIN_VOICE_PRINT_PAGE) {
                        throw new IllegalArgumentException("Invalid parameter PageSize for operation " + name()
                                + ": at least " + MIN_VOICE_PRINT_PAGE + " (was " + params.path("PageSize") + ")");
                    }
                } else {
                    throw new IllegalArgumentException("Invalid parameter DescribeMode for operation " + name()
                            + ": 0 (by VoicePrintIdList) or 1 (by page), was " + params.path("DescribeMode"));
                }
            }
            case updateVoicePrint -> {
                if (Parameters.isMissing(params.get("Audio")) && Parameters.isMissing(params.get("AudioMetaInfo"))) {
                    throw new IllegalArgumentException("Missing parameter Audio or AudioMetaInfo for operation "
                            + name() + ": an update needs at least one");
                }
            }
            case voiceClone -> {
                String voiceName = params.path("VoiceName").asText();
                if (!VOICE_NAME.matcher(voiceName).matches()) {
                    throw new IllegalArgumentException("Invalid parameter VoiceName for operation " + name()
                            + ": letters, digits and underscores, at most 36 (was '" + voiceName + "')");
                }
            }
            default -> {
            }
        }
    }

    /** "Voiceprints per page, at least 20" (DescribeVoicePrint, cloud.tencent.com/document/api/647/119198). */
    static final int MIN_VOICE_PRINT_PAGE = 20;
    /** "Letters, digits and underscores, at most 36" (VoiceClone, cloud.tencent.com/document/api/647/122473). */
    private static final Pattern VOICE_NAME = Pattern.compile("[A-Za-z0-9_]{1,36}");
    /** "At most 31 days per query" (DescribeTRTCAIRecognitionUsage in the official SDK 3.2.11). */
    static final Duration MAX_USAGE_PERIOD = Duration.ofDays(31);
    private static final DateTimeFormatter USAGE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** StartTime and EndTime in the API's format, in order, at most 31 days apart. */
    private void checkUsagePeriod(ObjectNode params) {
        LocalDateTime start = usageTime(params, "StartTime");
        LocalDateTime end = usageTime(params, "EndTime");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("Invalid parameter EndTime for operation " + name() + ": "
                    + params.path("EndTime").asText() + " is before StartTime " + params.path("StartTime").asText());
        }
        if (Duration.between(start, end).compareTo(MAX_USAGE_PERIOD) > 0) {
            throw new IllegalArgumentException("Invalid parameter EndTime for operation " + name()
                    + ": at most 31 days after StartTime per query (" + params.path("StartTime").asText() + " to "
                    + params.path("EndTime").asText() + "); split the period");
        }
    }

    private LocalDateTime usageTime(ObjectNode params, String parameter) {
        String text = params.path(parameter).asText();
        try {
            return LocalDateTime.parse(text, USAGE_TIME);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Invalid parameter " + parameter + " for operation " + name()
                    + ": expected yyyy-MM-dd HH:mm:ss, was '" + text + "'", e);
        }
    }

    /** The operation of a URI path or header value; fails listing the valid names. */
    public static TrtcOperations fromName(String name) {
        return RtcOperation.fromName(TrtcOperations.class, "trtc", name);
    }
}
