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

/** Request of the UpdateAIConversation action; unset fields are not updated. */
public class UpdateAIConversationRequest extends TrtcModel {

    /** Required. Unique task id returned when the task was started. */
    @JsonProperty("TaskId")
    private String taskId;

    /** New welcome message. */
    @JsonProperty("WelcomeMessage")
    private String welcomeMessage;

    /** 0 server interrupts automatically on speech, 1 client sends the interrupt signal. */
    @JsonProperty("InterruptMode")
    private Long interruptMode;

    /** Speech duration in ms that interrupts the bot when InterruptMode is 0. */
    @JsonProperty("InterruptSpeechDuration")
    private Long interruptSpeechDuration;

    /** New LLM configuration JSON as a string. */
    @JsonProperty("LLMConfig")
    private String llmConfig;

    /** New TTS configuration JSON as a string. */
    @JsonProperty("TTSConfig")
    private String ttsConfig;

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public UpdateAIConversationRequest withTaskId(String taskId) {
        this.taskId = taskId;
        return this;
    }

    public String getWelcomeMessage() {
        return welcomeMessage;
    }

    public void setWelcomeMessage(String welcomeMessage) {
        this.welcomeMessage = welcomeMessage;
    }

    public UpdateAIConversationRequest withWelcomeMessage(String welcomeMessage) {
        this.welcomeMessage = welcomeMessage;
        return this;
    }

    public Long getInterruptMode() {
        return interruptMode;
    }

    public void setInterruptMode(Long interruptMode) {
        this.interruptMode = interruptMode;
    }

    public UpdateAIConversationRequest withInterruptMode(Long interruptMode) {
        this.interruptMode = interruptMode;
        return this;
    }

    public Long getInterruptSpeechDuration() {
        return interruptSpeechDuration;
    }

    public void setInterruptSpeechDuration(Long interruptSpeechDuration) {
        this.interruptSpeechDuration = interruptSpeechDuration;
    }

    public UpdateAIConversationRequest withInterruptSpeechDuration(Long interruptSpeechDuration) {
        this.interruptSpeechDuration = interruptSpeechDuration;
        return this;
    }

    public String getLlmConfig() {
        return llmConfig;
    }

    public void setLlmConfig(String llmConfig) {
        this.llmConfig = llmConfig;
    }

    public UpdateAIConversationRequest withLlmConfig(String llmConfig) {
        this.llmConfig = llmConfig;
        return this;
    }

    public String getTtsConfig() {
        return ttsConfig;
    }

    public void setTtsConfig(String ttsConfig) {
        this.ttsConfig = ttsConfig;
    }

    public UpdateAIConversationRequest withTtsConfig(String ttsConfig) {
        this.ttsConfig = ttsConfig;
        return this;
    }
}
