package dev.camelrtc.trtc.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What DeleteCloudTranscription and DescribeCloudTranscription take alike; the {@code with} methods return {@code R},
 * the action's request.
 */
public abstract class CloudTranscriptionTaskRequest<R extends CloudTranscriptionTaskRequest<R>> extends TrtcModel {

    /** Required. TRTC SdkAppId, the same as the SdkAppId of the room the task runs in. */
    @JsonProperty("SdkAppId")
    private Long sdkAppId;

    /** Required. Unique task id returned when the task was started. */
    @JsonProperty("TaskId")
    private String taskId;

    public Long getSdkAppId() {
        return sdkAppId;
    }

    public void setSdkAppId(Long sdkAppId) {
        this.sdkAppId = sdkAppId;
    }

    public R withSdkAppId(Long sdkAppId) {
        this.sdkAppId = sdkAppId;
        return self();
    }

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public R withTaskId(String taskId) {
        this.taskId = taskId;
        return self();
    }

    @SuppressWarnings("unchecked")
    private R self() {
        return (R) this;
    }
}
