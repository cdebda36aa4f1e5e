package dev.camelrtc.alilive.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Request of the QueryRtcAsrTasks action; without TaskId all running tasks of the account are listed. */
public class QueryRtcAsrTasksRequest extends AliliveModel {

    /** The task to query; unset to list all running tasks. */
    @JsonProperty("TaskId")
    private String taskId;

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public QueryRtcAsrTasksRequest withTaskId(String taskId) {
        this.taskId = taskId;
        return this;
    }
}
