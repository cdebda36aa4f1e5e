package dev.camelrtc.trtc.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Request of the DescribeAITranscription action. */
public class DescribeAITranscriptionRequest extends TrtcModel {

    /** Required. Unique task id returned when the task was started. Pass "" to query by SdkAppId and SessionId. */
    @JsonProperty("TaskId")
    private String taskId;

    /** TRTC SdkAppId, the same as the SdkAppId of the room the task runs in. */
    @JsonProperty("SdkAppId")
    private Long sdkAppId;

    /** SessionId given when the task was started. */
    @JsonProperty("SessionId")
    private String sessionId;

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public DescribeAITranscriptionRequest withTaskId(String taskId) {
        this.taskId = taskId;
        return this;
    }

    public Long getSdkAppId() {
        return sdkAppId;
    }

    public void setSdkAppId(Long sdkAppId) {
        this.sdkAppId = sdkAppId;
    }

    public DescribeAITranscriptionRequest withSdkAppId(Long sdkAppId) {
        this.sdkAppId = sdkAppId;
        return this;
    }

    public String getSessionId() {
        return sessionId;
    }

    public void setSessionId(String sessionId) {
        this.sessionId = sessionId;
    }

    public DescribeAITranscriptionRequest withSessionId(String sessionId) {
        this.sessionId = sessionId;
        return this;
    }
}
