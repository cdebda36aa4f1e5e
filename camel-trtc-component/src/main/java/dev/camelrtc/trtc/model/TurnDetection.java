package dev.camelrtc.trtc.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Semantic turn detection of StartAITranscription and StartAIConversation. */
public class TurnDetection extends TrtcModel {

    /** Eagerness to end a turn: low, medium, high or auto (default, same as medium); effective with TurnDetectionMode 3. */
    @JsonProperty("SemanticEagerness")
    private String semanticEagerness;

    public String getSemanticEagerness() {
        return semanticEagerness;
    }

    public void setSemanticEagerness(String semanticEagerness) {
        this.semanticEagerness = semanticEagerness;
    }

    public TurnDetection withSemanticEagerness(String semanticEagerness) {
        this.semanticEagerness = semanticEagerness;
        return this;
    }
}
