package dev.camelrtc.trtc.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Ambient background sound inside AgentConfig of StartAIConversation. */
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
