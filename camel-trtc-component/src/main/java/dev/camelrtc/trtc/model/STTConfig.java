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

/** Speech recognition configuration of StartAIConversation: at most 128 hot words, VadLevel 0-5. */
public class STTConfig extends RecognitionParams<STTConfig> {

    /** Recognition language, default "zh". */
    @JsonProperty("Language")
    private String language;

    /** Custom recognition parameter. */
    @JsonProperty("CustomParam")
    private String customParam;

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public STTConfig withLanguage(String language) {
        this.language = language;
        return this;
    }

    public String getCustomParam() {
        return customParam;
    }

    public void setCustomParam(String customParam) {
        this.customParam = customParam;
    }

    public STTConfig withCustomParam(String customParam) {
        this.customParam = customParam;
        return this;
    }
}
