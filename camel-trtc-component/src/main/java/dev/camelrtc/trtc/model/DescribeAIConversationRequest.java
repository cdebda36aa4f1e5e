package dev.camelrtc.trtc.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Request of the DescribeAIConversation action. */
public class DescribeAIConversationRequest extends TrtcModel {

    /** TRTC SdkAppId, the same as the SdkAppId of the room the task runs in. */
    @JsonProperty("SdkAppId")
    private Long sdkAppId;

    /** Unique task id returned when the task was started. */
    @JsonProperty("TaskId")
    private String taskId;

    /** SessionId given when the task was started. */
    @JsonProperty("SessionId")
    private String sessionId;

    public Long getSdkAppId() {
        return sdkAppId;
    }

    public void setSdkAppId(Long sdkAppId) {
        this.sdkAppId = sdkAppId;
    }

    public DescribeAIConversationRequest withSdkAppId(Long sdkAppId) {
        this.sdkAppId = sdkAppId;
        return this;
    }

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public DescribeAIConversationRequest withTaskId(String taskId) {
        this.taskId = taskId;
        return this;
    }

    public String getSessionId() {
        return sessionId;
    }

    public void setSessionId(String sessionId) {
        this.sessionId = sessionId;
    }

    public DescribeAIConversationRequest withSessionId(String sessionId) {
        this.sessionId = sessionId;
        return this;
    }
}
