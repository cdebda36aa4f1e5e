package dev.camelrtc.trtc.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Response of the DescribeCloudTranscription action. */
public class DescribeCloudTranscriptionResponse extends TrtcResponse {

    /** Task start time in epoch milliseconds, e.g. 1772433534515. */
    @JsonProperty("StartTime")
    private Long startTime;

    /** Task status: Idle, InProgress, Exited (exiting). */
    @JsonProperty("Status")
    private String status;

    /** Unique id of the task. */
    @JsonProperty("TaskId")
    private String taskId;

    public Long getStartTime() {
        return startTime;
    }

    public void setStartTime(Long startTime) {
        this.startTime = startTime;
    }

    public DescribeCloudTranscriptionResponse withStartTime(Long startTime) {
        this.startTime = startTime;
        return this;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public DescribeCloudTranscriptionResponse withStatus(String status) {
        this.status = status;
        return this;
    }

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public DescribeCloudTranscriptionResponse withTaskId(String taskId) {
        this.taskId = taskId;
        return this;
    }
}
