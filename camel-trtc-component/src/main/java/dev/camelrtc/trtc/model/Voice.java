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

/** The voice of TextToSpeech and AsyncTextToSpeech. */
public class Voice extends TrtcModel {

    /** Required. Voice id, from the voice list or a VoiceClone. */
    @JsonProperty("VoiceId")
    private String voiceId;

    /** Speed in [0.5, 2.0], default 1.0. */
    @JsonProperty("Speed")
    private Float speed;

    /** Volume in (0, 10], default 1.0. */
    @JsonProperty("Volume")
    private Float volume;

    /** Pitch in [-12, 12], default 0. */
    @JsonProperty("Pitch")
    private Long pitch;

    /** Emotion (flow_01_ex only): happy, sad, angry, fearful, disgusted, surprised, calm, fluent, whisper. */
    @JsonProperty("Emotion")
    private String emotion;

    public String getVoiceId() {
        return voiceId;
    }

    public void setVoiceId(String voiceId) {
        this.voiceId = voiceId;
    }

    public Voice withVoiceId(String voiceId) {
        this.voiceId = voiceId;
        return this;
    }

    public Float getSpeed() {
        return speed;
    }

    public void setSpeed(Float speed) {
        this.speed = speed;
    }

    public Voice withSpeed(Float speed) {
        this.speed = speed;
        return this;
    }

    public Float getVolume() {
        return volume;
    }

    public void setVolume(Float volume) {
        this.volume = volume;
    }

    public Voice withVolume(Float volume) {
        this.volume = volume;
        return this;
    }

    public Long getPitch() {
        return pitch;
    }

    public void setPitch(Long pitch) {
        this.pitch = pitch;
    }

    public Voice withPitch(Long pitch) {
        this.pitch = pitch;
        return this;
    }

    public String getEmotion() {
        return emotion;
    }

    public void setEmotion(String emotion) {
        this.emotion = emotion;
    }

    public Voice withEmotion(String emotion) {
        this.emotion = emotion;
        return this;
    }
}
