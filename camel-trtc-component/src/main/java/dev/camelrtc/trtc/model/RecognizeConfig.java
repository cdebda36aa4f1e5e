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

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Speech recognition configuration of StartAITranscription. */
public class RecognizeConfig extends TrtcModel {

    /** Recognition language, default "zh"; e.g. zh, 8k_zh_large, 16k_zh_large, 16k_zh_en. */
    @JsonProperty("Language")
    private String language;

    /** Additional candidate languages for recognition. */
    @JsonProperty("AlternativeLanguage")
    private List<String> alternativeLanguage;

    /** Deprecated. Recognition model. */
    @JsonProperty("Model")
    private String model;

    /** Deprecated. Use TranslationConfig instead. */
    @JsonProperty("TranslationLanguage")
    private String translationLanguage;

    /** Hot words as comma-separated "word|weight" pairs, at most 300. */
    @JsonProperty("HotWordList")
    private String hotWordList;

    /** Silence in ms that ends a sentence, 240-2000, default 1000. */
    @JsonProperty("VadSilenceTime")
    private Long vadSilenceTime;

    /** VAD sensitivity level 0-3, default 0. */
    @JsonProperty("VadLevel")
    private Long vadLevel;

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

    public List<String> getAlternativeLanguage() {
        return alternativeLanguage;
    }

    public void setAlternativeLanguage(List<String> alternativeLanguage) {
        this.alternativeLanguage = alternativeLanguage;
    }

    public RecognizeConfig withAlternativeLanguage(List<String> alternativeLanguage) {
        this.alternativeLanguage = alternativeLanguage;
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

    public String getHotWordList() {
        return hotWordList;
    }

    public void setHotWordList(String hotWordList) {
        this.hotWordList = hotWordList;
    }

    public RecognizeConfig withHotWordList(String hotWordList) {
        this.hotWordList = hotWordList;
        return this;
    }

    public Long getVadSilenceTime() {
        return vadSilenceTime;
    }

    public void setVadSilenceTime(Long vadSilenceTime) {
        this.vadSilenceTime = vadSilenceTime;
    }

    public RecognizeConfig withVadSilenceTime(Long vadSilenceTime) {
        this.vadSilenceTime = vadSilenceTime;
        return this;
    }

    public Long getVadLevel() {
        return vadLevel;
    }

    public void setVadLevel(Long vadLevel) {
        this.vadLevel = vadLevel;
    }

    public RecognizeConfig withVadLevel(Long vadLevel) {
        this.vadLevel = vadLevel;
        return this;
    }
}
