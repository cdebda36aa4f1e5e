/*
 * Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except in compliance with
 * the License. You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software distributed under the License is distributed on
 * an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the License for the
 * specific language governing permissions and limitations under the License.
 */
package dev.camelrtc.trtc.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What DescribeAITranscription and DescribeAIConversation answer alike; the {@code with} methods return {@code R}, the
 * action's response.
 */
public abstract class DescribeAITaskResponse<R extends DescribeAITaskResponse<R>> extends TrtcResponse
        implements TaskIdReply, TaskStatusReply {

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

    public R withStartTime(String startTime) {
        this.startTime = startTime;
        return self();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public R withStatus(String status) {
        this.status = status;
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

    public String getSessionId() {
        return sessionId;
    }

    public void setSessionId(String sessionId) {
        this.sessionId = sessionId;
    }

    public R withSessionId(String sessionId) {
        this.sessionId = sessionId;
        return self();
    }
}
