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
 * What the requests that name one task take alike: DeleteCloudTranscription and DescribeCloudTranscription, and with
 * a SessionId ({@link DescribeAITaskRequest}) DescribeAITranscription and DescribeAIConversation. The {@code with}
 * methods return {@code R}, the action's request.
 */
public abstract class TaskRequest<R extends TaskRequest<R>> extends TrtcModel {

    /**
     * TRTC SdkAppId, the same as the SdkAppId of the room the task runs in; required by the cloud transcription
     * actions.
     */
    @JsonProperty("SdkAppId")
    private Long sdkAppId;

    /**
     * Unique task id returned when the task was started; required except by DescribeAIConversation
     * (DescribeAITranscription takes "" to query by SdkAppId and SessionId).
     */
    @JsonProperty("TaskId")
    private String taskId;

    public Long getSdkAppId() {
        return sdkAppId;
    }

    public void setSdkAppId(Long sdkAppId) {
        this.sdkAppId = sdkAppId;
    }

    public R withSdkAppId(Long sdkAppId) {
        this.sdkAppId = sdkAppId;
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
}
