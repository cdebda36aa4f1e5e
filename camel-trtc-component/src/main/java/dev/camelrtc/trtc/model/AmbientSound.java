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
