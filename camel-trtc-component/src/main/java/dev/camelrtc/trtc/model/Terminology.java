package dev.camelrtc.trtc.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Terminology pair inside TranslationConfig of StartAITranscription. */
public class Terminology extends TrtcModel {

    /** Required. Source term. */
    @JsonProperty("Source")
    private String source;

    /** Required. Target term. */
    @JsonProperty("Target")
    private String target;

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public Terminology withSource(String source) {
        this.source = source;
        return this;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public Terminology withTarget(String target) {
        this.target = target;
        return this;
    }
}
