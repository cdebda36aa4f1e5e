package dev.camelrtc.alilive.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Request of the DeleteRtcAsrTask action. */
public class DeleteRtcAsrTaskRequest extends AliliveModel {

    /** Required. The task to delete, as returned by CreateRtcAsrTask. */
    @JsonProperty("TaskId")
    private String taskId;

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public DeleteRtcAsrTaskRequest withTaskId(String taskId) {
        this.taskId = taskId;
        return this;
    }
}
