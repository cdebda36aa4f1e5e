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

/** Request of the StartAIConversation action. */
public class StartAIConversationRequest extends RoomRequest<StartAIConversationRequest> {

    /** Required. AI bot configuration. */
    @JsonProperty("AgentConfig")
    private AgentConfig agentConfig;

    /** Caller's unique id, used to deduplicate tasks and to query them. */
    @JsonProperty("SessionId")
    private String sessionId;

    /** Speech recognition configuration. */
    @JsonProperty("STTConfig")
    private STTConfig sttConfig;

    /** Required (per the docs). LLM configuration JSON as a string: LLMType, Model, APIKey, APIUrl, History, Streaming. */
    @JsonProperty("LLMConfig")
    private String llmConfig;

    /** Required (per the docs). TTS configuration JSON as a string, e.g. TTSType flow, VoiceId, Model, Speed, Volume. */
    @JsonProperty("TTSConfig")
    private String ttsConfig;

    /** Digital avatar configuration JSON as a string (allow-listed feature). */
    @JsonProperty("AvatarConfig")
    private String avatarConfig;

    /** Experimental parameters as a string. */
    @JsonProperty("ExperimentalParams")
    private String experimentalParams;

    public AgentConfig getAgentConfig() {
        return agentConfig;
    }

    public void setAgentConfig(AgentConfig agentConfig) {
        this.agentConfig = agentConfig;
    }

    public StartAIConversationRequest withAgentConfig(AgentConfig agentConfig) {
        this.agentConfig = agentConfig;
        return this;
    }

    public String getSessionId() {
        return sessionId;
    }

    public void setSessionId(String sessionId) {
        this.sessionId = sessionId;
    }

    public StartAIConversationRequest withSessionId(String sessionId) {
        this.sessionId = sessionId;
        return this;
    }

    public STTConfig getSttConfig() {
        return sttConfig;
    }

    public void setSttConfig(STTConfig sttConfig) {
        this.sttConfig = sttConfig;
    }

    public StartAIConversationRequest withSttConfig(STTConfig sttConfig) {
        this.sttConfig = sttConfig;
        return this;
    }

    public String getLlmConfig() {
        return llmConfig;
    }

    public void setLlmConfig(String llmConfig) {
        this.llmConfig = llmConfig;
    }

    public StartAIConversationRequest withLlmConfig(String llmConfig) {
        this.llmConfig = llmConfig;
        return this;
    }

    public String getTtsConfig() {
        return ttsConfig;
    }

    public void setTtsConfig(String ttsConfig) {
        this.ttsConfig = ttsConfig;
    }

    public StartAIConversationRequest withTtsConfig(String ttsConfig) {
        this.ttsConfig = ttsConfig;
        return this;
    }

    public String getAvatarConfig() {
        return avatarConfig;
    }

    public void setAvatarConfig(String avatarConfig) {
        this.avatarConfig = avatarConfig;
    }

    public StartAIConversationRequest withAvatarConfig(String avatarConfig) {
        this.avatarConfig = avatarConfig;
        return this;
    }

    public String getExperimentalParams() {
        return experimentalParams;
    }

    public void setExperimentalParams(String experimentalParams) {
        this.experimentalParams = experimentalParams;
    }

    public StartAIConversationRequest withExperimentalParams(String experimentalParams) {
        this.experimentalParams = experimentalParams;
        return this;
    }
}
