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

import java.util.Base64;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Request of the VoiceClone action: a new voice from a recording, for speech synthesis. */
public class VoiceCloneRequest extends TrtcModel {

    /** Required. TRTC SdkAppId. */
    @JsonProperty("SdkAppId")
    private Long sdkAppId;

    /** Required. Name of the voice: letters, digits and underscores, at most 36. */
    @JsonProperty("VoiceName")
    private String voiceName;

    /** Required. Base64 of the reference recording (WAV, MP3 or M4A, 6 to 180 seconds). */
    @JsonProperty("PromptAudio")
    private String promptAudio;

    /** API key of the TTS service. */
    @JsonProperty("APIKey")
    private String apiKey;

    /** The text spoken in the reference recording. */
    @JsonProperty("PromptText")
    private String promptText;

    /** TTS model: flow_02_turbo (default) or flow_01_ex. */
    @JsonProperty("Model")
    private String model;

    /** Language of the voice; absent: detected. */
    @JsonProperty("Language")
    private String language;

    /** Extended parameters. */
    @JsonProperty("ExtraParams")
    private String extraParams;

    public Long getSdkAppId() {
        return sdkAppId;
    }

    public void setSdkAppId(Long sdkAppId) {
        this.sdkAppId = sdkAppId;
    }

    public VoiceCloneRequest withSdkAppId(Long sdkAppId) {
        this.sdkAppId = sdkAppId;
        return this;
    }

    public String getVoiceName() {
        return voiceName;
    }

    public void setVoiceName(String voiceName) {
        this.voiceName = voiceName;
    }

    public VoiceCloneRequest withVoiceName(String voiceName) {
        this.voiceName = voiceName;
        return this;
    }

    public String getPromptAudio() {
        return promptAudio;
    }

    public void setPromptAudio(String promptAudio) {
        this.promptAudio = promptAudio;
    }

    public VoiceCloneRequest withPromptAudio(String promptAudio) {
        this.promptAudio = promptAudio;
        return this;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public VoiceCloneRequest withApiKey(String apiKey) {
        this.apiKey = apiKey;
        return this;
    }

    public String getPromptText() {
        return promptText;
    }

    public void setPromptText(String promptText) {
        this.promptText = promptText;
    }

    public VoiceCloneRequest withPromptText(String promptText) {
        this.promptText = promptText;
        return this;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public VoiceCloneRequest withModel(String model) {
        this.model = model;
        return this;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public VoiceCloneRequest withLanguage(String language) {
        this.language = language;
        return this;
    }

    public String getExtraParams() {
        return extraParams;
    }

    public void setExtraParams(String extraParams) {
        this.extraParams = extraParams;
    }

    public VoiceCloneRequest withExtraParams(String extraParams) {
        this.extraParams = extraParams;
        return this;
    }

    /** Sets PromptAudio to the Base64 of these audio bytes. */
    public VoiceCloneRequest withPromptAudioBytes(byte[] audio) {
        this.promptAudio = Base64.getEncoder().encodeToString(audio);
        return this;
    }
}
