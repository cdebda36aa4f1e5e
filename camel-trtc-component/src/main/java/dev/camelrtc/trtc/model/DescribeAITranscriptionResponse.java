package dev.camelrtc.trtc.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

/** Response of the DescribeAITranscription action. */
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class DescribeAITranscriptionResponse extends TrtcResponse {

    /** Task start time as returned by the API, e.g. "2025-04-24 16:17:56.931660". */
    @JsonProperty("StartTime")
    private String startTime;

    /** Task status: Idle (not started), Preparing, InProgress, Stopped (stopped, resources being cleaned up). */
    @JsonProperty("Status")
    private String status;

    /** Unique id of the task. */
    @JsonProperty("TaskId")
    private String taskId;

    /** SessionId given when the task was started (only if one was given). */
    @JsonProperty("SessionId")
    private String sessionId;

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public DescribeAITranscriptionResponse withStartTime(String startTime) {
        this.startTime = startTime;
        return this;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public DescribeAITranscriptionResponse withStatus(String status) {
        this.status = status;
        return this;
    }

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public DescribeAITranscriptionResponse withTaskId(String taskId) {
        this.taskId = taskId;
        return this;
    }

    public String getSessionId() {
        return sessionId;
    }

    public void setSessionId(String sessionId) {
        this.sessionId = sessionId;
    }

    public DescribeAITranscriptionResponse withSessionId(String sessionId) {
        this.sessionId = sessionId;
        return this;
    }
}
