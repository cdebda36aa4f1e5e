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

/** Response of the StartAITranscription action. */
public class StartAITranscriptionResponse extends TrtcResponse implements TaskIdReply {

    /** Unique id of the task. */
    @JsonProperty("TaskId")
    private String taskId;

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public StartAITranscriptionResponse withTaskId(String taskId) {
        this.taskId = taskId;
        return this;
    }
}
