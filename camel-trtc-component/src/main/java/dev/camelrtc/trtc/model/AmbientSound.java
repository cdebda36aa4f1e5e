package dev.camelrtc.trtc.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

/** Ambient background sound inside AgentConfig of StartAIConversation. */
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class AmbientSound extends TrtcModel {

    /** Required. Scene: coffee_shop, busy_office, street_traffic or evening_mountain. */
    @JsonProperty("Scene")
    private String scene;

    /** Volume 0-2, default 1. */
    @JsonProperty("Volume")
    private Float volume;

    public String getScene() {
        return scene;
    }

    public void setScene(String scene) {
        this.scene = scene;
    }

    public AmbientSound withScene(String scene) {
        this.scene = scene;
        return this;
    }

    public Float getVolume() {
        return volume;
    }

    public void setVolume(Float volume) {
        this.volume = volume;
    }

    public AmbientSound withVolume(Float volume) {
        this.volume = volume;
        return this;
    }
}
