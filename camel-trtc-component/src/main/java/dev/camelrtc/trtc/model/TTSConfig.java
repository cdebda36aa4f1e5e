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

/** Speech synthesis configuration (object form) inside TranslationConfig of StartAITranscription. */
public class TTSConfig extends TrtcModel {

    /** Required. Voice id. */
    @JsonProperty("VoiceId")
    private String voiceId;

    /** TTS model: flow_01_turbo (default) or flow_01_ex. */
    @JsonProperty("Model")
    private String model;

    /** Speech speed 0.5-2.0, default 1.0. */
    @JsonProperty("Speed")
    private Float speed;

    /** Volume in (0, 10], default 1.0. */
    @JsonProperty("Volume")
    private Float volume;

    public String getVoiceId() {
        return voiceId;
    }

    public void setVoiceId(String voiceId) {
        this.voiceId = voiceId;
    }

    public TTSConfig withVoiceId(String voiceId) {
        this.voiceId = voiceId;
        return this;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public TTSConfig withModel(String model) {
        this.model = model;
        return this;
    }

    public Float getSpeed() {
        return speed;
    }

    public void setSpeed(Float speed) {
        this.speed = speed;
    }

    public TTSConfig withSpeed(Float speed) {
        this.speed = speed;
        return this;
    }

    public Float getVolume() {
        return volume;
    }

    public void setVolume(Float volume) {
        this.volume = volume;
    }

    public TTSConfig withVolume(Float volume) {
        this.volume = volume;
        return this;
    }
}
