package dev.camelrtc.trtc;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelrtc.support.Parameters;
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
 * The TRTC AI actions (API 2019-07-22) as producer operations: wire action, models, required parameters (from the
 * API reference, see docs), the parameters URI options and headers may fill, and the documented QPS limit.
 */
public enum TrtcOperations {

    startAITranscription("StartAITranscription", StartAITranscriptionRequest.class,
            StartAITranscriptionResponse.class, 50, false,
            fills("SdkAppId", "RoomId", "SessionId"),
            List.of("SdkAppId", "RoomId", "TranscriptionParams.UserId", "TranscriptionParams.UserSig"),
            Set.of()),
    stopAITranscription("StopAITranscription", StopAITranscriptionRequest.class, StopAITranscriptionResponse.class,
            20, false, fills("TaskId"), List.of("TaskId"), Set.of()),
    describeAITranscription("DescribeAITranscription", DescribeAITranscriptionRequest.class,
            DescribeAITranscriptionResponse.class, 20, true, fills("TaskId", "SdkAppId", "SessionId"), List.of(),
            Set.of()),
    startAIConversation("StartAIConversation", StartAIConversationRequest.class, StartAIConversationResponse.class,
            50, false, fills("SdkAppId", "RoomId", "SessionId"),
            List.of("SdkAppId", "RoomId", "AgentConfig.UserId", "AgentConfig.UserSig", "AgentConfig.TargetUserId",
                    "LLMConfig", "TTSConfig"),
            Set.of("LLMConfig", "TTSConfig", "AvatarConfig")),
    stopAIConversation("StopAIConversation", StopAIConversationRequest.class, StopAIConversationResponse.class, 20,
            false, fills("TaskId"), List.of("TaskId"), Set.of()),
    describeAIConversation("DescribeAIConversation", DescribeAIConversationRequest.class,
            DescribeAIConversationResponse.class, 20, true, fills("SdkAppId", "TaskId", "SessionId"), List.of(),
            Set.of()),
    updateAIConversation("UpdateAIConversation", UpdateAIConversationRequest.class,
            UpdateAIConversationResponse.class, 20, false, fills("TaskId"), List.of("TaskId"),
            Set.of("LLMConfig", "TTSConfig")),
    controlAIConversation("ControlAIConversation", ControlAIConversationRequest.class,
            ControlAIConversationResponse.class, 50, false, fills("TaskId"), List.of("TaskId", "Command"), Set.of()),
    createCloudTranscription("CreateCloudTranscription", CreateCloudTranscriptionRequest.class,
            CreateCloudTranscriptionResponse.class, 20, false, fills("SdkAppId", "RoomId"),
            List.of("SdkAppId", "RoomId", "RoomIdType", "TranscriptionParam.UserId", "TranscriptionParam.UserSig",
                    "AsrParam.Lang"),
            Set.of()),
    deleteCloudTranscription("DeleteCloudTranscription", DeleteCloudTranscriptionRequest.class,
            DeleteCloudTranscriptionResponse.class, 20, false, fills("SdkAppId", "TaskId"),
            List.of("SdkAppId", "TaskId"), Set.of()),
    describeCloudTranscription("DescribeCloudTranscription", DescribeCloudTranscriptionRequest.class,
            DescribeCloudTranscriptionResponse.class, 20, true, fills("SdkAppId", "TaskId"),
            List.of("SdkAppId", "TaskId"), Set.of());

    private final String action;
    private final Class<?> requestType;
    private final Class<?> responseType;
    private final int qps;
    private final boolean describe;
    private final Set<String> fillable;
    private final List<String> required;
    private final Set<String> jsonStringFields;

    TrtcOperations(String action, Class<?> requestType, Class<?> responseType, int qps, boolean describe,
                   Set<String> fillable, List<String> required, Set<String> jsonStringFields) {
        this.action = action;
        this.requestType = requestType;
        this.responseType = responseType;
        this.qps = qps;
        this.describe = describe;
        this.fillable = fillable;
        this.required = required;
        this.jsonStringFields = jsonStringFields;
    }

    private static Set<String> fills(String... names) {
        return Set.of(names);
    }

    /**
     * The task family the action belongs to: {@code AITranscription}, {@code AIConversation} or
     * {@code CloudTranscription}; starts of a family are followed by the consumers of its Describe action.
     */
    public String family() {
        return action.replaceFirst("^(Start|Stop|Describe|Update|Control|Create|Delete)", "");
    }

    /** Starts a task (its reply carries the new TaskId). */
    public boolean isStart() {
        return action.startsWith("Start") || action.startsWith("Create");
    }

    /** Accepts a SessionId by which the server deduplicates starts. */
    public boolean takesSessionId() {
        return this == startAITranscription || this == startAIConversation;
    }

    /**
     * Whether repeating the call cannot do more than the first call did: reads, stops, deletes, updates (they set
     * values), and starts that carry a SessionId (the server deduplicates them). Not control commands (a pushed
     * text would be spoken twice) nor creates without a deduplication key.
     */
    public boolean isRepeatable(com.fasterxml.jackson.databind.node.ObjectNode params) {
        if (describe || isStop() || this == updateAIConversation) {
            return true;
        }
        return takesSessionId() && !Parameters.isMissing(params.get("SessionId"));
    }

    /** Ends a task. */
    public boolean isStop() {
        return action.startsWith("Stop") || action.startsWith("Delete");
    }

    /** The API action name, e.g. {@code StartAITranscription}. */
    public String action() {
        return action;
    }

    public Class<?> requestType() {
        return requestType;
    }

    public Class<?> responseType() {
        return responseType;
    }

    /** Requests per second per account the API documents for this action. */
    public int documentedQps() {
        return qps;
    }

    /** A Describe action: read-only, and usable as a polling consumer. */
    public boolean isDescribe() {
        return describe;
    }

    /** Whether the request has this top-level parameter, so that URI options and headers may fill it. */
    public boolean accepts(String parameter) {
        return fillable.contains(parameter);
    }

    /**
     * Parameters the API defines as JSON documents passed as strings (LLMConfig, TTSConfig, ...): a body may give
     * them as objects, which are serialized to their string form.
     */
    public Set<String> jsonStringFields() {
        return jsonStringFields;
    }

    /** Fails with an IllegalArgumentException naming the missing parameter and this operation. */
    public void validate(ObjectNode params) {
        Parameters.requirePresent(params, required, name());
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
        for (TrtcOperations op : values()) {
            if (op.name().equals(name)) {
                return op;
            }
        }
        for (TrtcOperations op : values()) {
            if (op.name().equalsIgnoreCase(name) || op.action.equalsIgnoreCase(name)) {
                return op;
            }
        }
        throw new IllegalArgumentException("Unknown trtc operation '" + name + "'. Valid operations: "
                + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
