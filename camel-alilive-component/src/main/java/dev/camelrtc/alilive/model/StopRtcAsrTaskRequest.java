package dev.camelrtc.alilive.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Request of the StopRtcAsrTask action. */
public class StopRtcAsrTaskRequest extends AliliveModel {

    /** Required. The task to stop, as returned by CreateRtcAsrTask. */
    @JsonProperty("TaskId")
    private String taskId;

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public StopRtcAsrTaskRequest withTaskId(String taskId) {
        this.taskId = taskId;
        return this;
    }
}
