package dev.camelrtc.trtc.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Response of the StartAIConversation action. */
public class StartAIConversationResponse extends TrtcResponse {

    /** Unique id of the task. */
    @JsonProperty("TaskId")
    private String taskId;

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public StartAIConversationResponse withTaskId(String taskId) {
        this.taskId = taskId;
        return this;
    }
}
