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
