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

/** Request of the DescribeAIConversation action. */
public class DescribeAIConversationRequest extends TrtcModel {

    /** TRTC SdkAppId, the same as the SdkAppId of the room the task runs in. */
    @JsonProperty("SdkAppId")
    private Long sdkAppId;

    /** Unique task id returned when the task was started. */
    @JsonProperty("TaskId")
    private String taskId;

    /** SessionId given when the task was started. */
    @JsonProperty("SessionId")
    private String sessionId;

    public Long getSdkAppId() {
        return sdkAppId;
    }

    public void setSdkAppId(Long sdkAppId) {
        this.sdkAppId = sdkAppId;
    }

    public DescribeAIConversationRequest withSdkAppId(Long sdkAppId) {
        this.sdkAppId = sdkAppId;
        return this;
    }

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public DescribeAIConversationRequest withTaskId(String taskId) {
        this.taskId = taskId;
        return this;
    }

    public String getSessionId() {
        return sessionId;
    }

    public void setSessionId(String sessionId) {
        this.sessionId = sessionId;
    }

    public DescribeAIConversationRequest withSessionId(String sessionId) {
        this.sessionId = sessionId;
        return this;
    }
}
