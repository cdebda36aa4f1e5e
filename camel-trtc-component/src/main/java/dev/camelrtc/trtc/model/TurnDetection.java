package dev.camelrtc.trtc.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

/** Semantic turn detection of StartAITranscription and StartAIConversation. */
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
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
