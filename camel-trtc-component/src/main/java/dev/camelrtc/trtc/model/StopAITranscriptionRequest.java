package dev.camelrtc.trtc.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Request of the StopAITranscription action. */
public class StopAITranscriptionRequest extends TrtcModel {

    /** Required. Unique task id returned when the task was started. */
    @JsonProperty("TaskId")
    private String taskId;

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public StopAITranscriptionRequest withTaskId(String taskId) {
        this.taskId = taskId;
        return this;
    }
}
