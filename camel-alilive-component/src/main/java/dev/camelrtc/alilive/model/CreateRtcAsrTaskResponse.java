package dev.camelrtc.alilive.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Response of the CreateRtcAsrTask action. */
public class CreateRtcAsrTaskResponse extends AliliveResponse {

    /** Id of the created task, e.g. {@code asr-a6ac15e0-9118-4b4c-9e64-306163a0****}. */
    @JsonProperty("TaskId")
    private String taskId;

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public CreateRtcAsrTaskResponse withTaskId(String taskId) {
        this.taskId = taskId;
        return this;
    }
}
