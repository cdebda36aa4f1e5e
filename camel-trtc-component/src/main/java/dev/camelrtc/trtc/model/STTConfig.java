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

/** Speech recognition configuration of StartAIConversation. */
public class STTConfig extends TrtcModel {

    /** Recognition language, default "zh". */
    @JsonProperty("Language")
    private String language;

    /** Additional candidate languages for recognition. */
    @JsonProperty("AlternativeLanguage")
    private List<String> alternativeLanguage;

    /** Custom recognition parameter. */
    @JsonProperty("CustomParam")
    private String customParam;

    /** Silence in ms that ends a sentence, 240-2000, default 1000. */
    @JsonProperty("VadSilenceTime")
    private Long vadSilenceTime;

    /** Hot words as comma-separated "word|weight" pairs, at most 128. */
    @JsonProperty("HotWordList")
    private String hotWordList;

    /** VAD sensitivity level 0-5, default 0. */
    @JsonProperty("VadLevel")
    private Long vadLevel;

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

    public List<String> getAlternativeLanguage() {
        return alternativeLanguage;
    }

    public void setAlternativeLanguage(List<String> alternativeLanguage) {
        this.alternativeLanguage = alternativeLanguage;
    }

    public STTConfig withAlternativeLanguage(List<String> alternativeLanguage) {
        this.alternativeLanguage = alternativeLanguage;
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

    public Long getVadSilenceTime() {
        return vadSilenceTime;
    }

    public void setVadSilenceTime(Long vadSilenceTime) {
        this.vadSilenceTime = vadSilenceTime;
    }

    public STTConfig withVadSilenceTime(Long vadSilenceTime) {
        this.vadSilenceTime = vadSilenceTime;
        return this;
    }

    public String getHotWordList() {
        return hotWordList;
    }

    public void setHotWordList(String hotWordList) {
        this.hotWordList = hotWordList;
    }

    public STTConfig withHotWordList(String hotWordList) {
        this.hotWordList = hotWordList;
        return this;
    }

    public Long getVadLevel() {
        return vadLevel;
    }

    public void setVadLevel(Long vadLevel) {
        this.vadLevel = vadLevel;
    }

    public STTConfig withVadLevel(Long vadLevel) {
        this.vadLevel = vadLevel;
        return this;
    }
}
