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

/** Speech recognition parameters of CreateCloudTranscription. */
public class AsrParam extends TrtcModel {

    /** Required. Recognition language, e.g. bigmodel-zh, bigmodel-en (V2) or 16k_zh_large, 16k_zh_en (V1). */
    @JsonProperty("Lang")
    private String lang;

    /** Silence in ms that ends a sentence, 240-2000, default 1000. */
    @JsonProperty("VadSilenceTime")
    private Long vadSilenceTime;

    /** Hot words as comma-separated "word|weight" pairs, at most 128. */
    @JsonProperty("HotWordList")
    private String hotWordList;

    /** Additional candidate languages, at most 4. */
    @JsonProperty("AlternativeLanguage")
    private List<String> alternativeLanguage;

    /** VAD sensitivity level 0-1. */
    @JsonProperty("VadLevel")
    private Long vadLevel;

    /** Profanity filtering 0-2. */
    @JsonProperty("FilterDirty")
    private Long filterDirty;

    /** Modal particle filtering 0-2. */
    @JsonProperty("FilterModal")
    private Long filterModal;

    /** Punctuation filtering 0-1. */
    @JsonProperty("FilterPunc")
    private Long filterPunc;

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public AsrParam withLang(String lang) {
        this.lang = lang;
        return this;
    }

    public Long getVadSilenceTime() {
        return vadSilenceTime;
    }

    public void setVadSilenceTime(Long vadSilenceTime) {
        this.vadSilenceTime = vadSilenceTime;
    }

    public AsrParam withVadSilenceTime(Long vadSilenceTime) {
        this.vadSilenceTime = vadSilenceTime;
        return this;
    }

    public String getHotWordList() {
        return hotWordList;
    }

    public void setHotWordList(String hotWordList) {
        this.hotWordList = hotWordList;
    }

    public AsrParam withHotWordList(String hotWordList) {
        this.hotWordList = hotWordList;
        return this;
    }

    public List<String> getAlternativeLanguage() {
        return alternativeLanguage;
    }

    public void setAlternativeLanguage(List<String> alternativeLanguage) {
        this.alternativeLanguage = alternativeLanguage;
    }

    public AsrParam withAlternativeLanguage(List<String> alternativeLanguage) {
        this.alternativeLanguage = alternativeLanguage;
        return this;
    }

    public Long getVadLevel() {
        return vadLevel;
    }

    public void setVadLevel(Long vadLevel) {
        this.vadLevel = vadLevel;
    }

    public AsrParam withVadLevel(Long vadLevel) {
        this.vadLevel = vadLevel;
        return this;
    }

    public Long getFilterDirty() {
        return filterDirty;
    }

    public void setFilterDirty(Long filterDirty) {
        this.filterDirty = filterDirty;
    }

    public AsrParam withFilterDirty(Long filterDirty) {
        this.filterDirty = filterDirty;
        return this;
    }

    public Long getFilterModal() {
        return filterModal;
    }

    public void setFilterModal(Long filterModal) {
        this.filterModal = filterModal;
    }

    public AsrParam withFilterModal(Long filterModal) {
        this.filterModal = filterModal;
        return this;
    }

    public Long getFilterPunc() {
        return filterPunc;
    }

    public void setFilterPunc(Long filterPunc) {
        this.filterPunc = filterPunc;
    }

    public AsrParam withFilterPunc(Long filterPunc) {
        this.filterPunc = filterPunc;
        return this;
    }
}
