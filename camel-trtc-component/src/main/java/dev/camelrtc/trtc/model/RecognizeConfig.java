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

/** Speech recognition configuration of StartAITranscription: at most 300 hot words, VadLevel 0-3. */
public class RecognizeConfig extends RecognitionParams<RecognizeConfig> {

    /** Recognition language, default "zh"; e.g. zh, 8k_zh_large, 16k_zh_large, 16k_zh_en. */
    @JsonProperty("Language")
    private String language;

    /** Deprecated. Recognition model. */
    @JsonProperty("Model")
    private String model;

    /** Deprecated. Use TranslationConfig instead. */
    @JsonProperty("TranslationLanguage")
    private String translationLanguage;

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public RecognizeConfig withLanguage(String language) {
        this.language = language;
        return this;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public RecognizeConfig withModel(String model) {
        this.model = model;
        return this;
    }

    public String getTranslationLanguage() {
        return translationLanguage;
    }

    public void setTranslationLanguage(String translationLanguage) {
        this.translationLanguage = translationLanguage;
    }

    public RecognizeConfig withTranslationLanguage(String translationLanguage) {
        this.translationLanguage = translationLanguage;
        return this;
    }
}
