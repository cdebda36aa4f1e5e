package dev.camelrtc.trtc.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Response of the CreateCloudTranscription action. */
public class CreateCloudTranscriptionResponse extends TrtcResponse {

    /** Unique id of the task. */
    @JsonProperty("TaskId")
    private String taskId;

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public CreateCloudTranscriptionResponse withTaskId(String taskId) {
        this.taskId = taskId;
        return this;
    }
}
