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

/**
 * Speech recognition parameters of CreateCloudTranscription: at most 4 alternative languages, at most 128 hot words,
 * VadLevel 0-1.
 */
public class AsrParam extends RecognitionParams<AsrParam> {

    /** Required. Recognition language, e.g. bigmodel-zh, bigmodel-en (V2) or 16k_zh_large, 16k_zh_en (V1). */
    @JsonProperty("Lang")
    private String lang;

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
