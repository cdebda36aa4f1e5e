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

/** Translation configuration of StartAITranscription. */
public class TranslationConfig extends TrtcModel {

    /** Required. Target languages as ISO 639-1 codes. */
    @JsonProperty("TargetLanguages")
    private List<String> targetLanguages;

    /** 1 text translation only, 2 simultaneous interpretation with speech (needs TTSConfig). */
    @JsonProperty("Mode")
    private Long mode;

    /** Speech synthesis configuration, needed for Mode 2. */
    @JsonProperty("TTSConfig")
    private TTSConfig ttsConfig;

    /** Terminology pairs applied during translation. */
    @JsonProperty("Terminology")
    private List<Terminology> terminology;

    public List<String> getTargetLanguages() {
        return targetLanguages;
    }

    public void setTargetLanguages(List<String> targetLanguages) {
        this.targetLanguages = targetLanguages;
    }

    public TranslationConfig withTargetLanguages(List<String> targetLanguages) {
        this.targetLanguages = targetLanguages;
        return this;
    }

    public Long getMode() {
        return mode;
    }

    public void setMode(Long mode) {
        this.mode = mode;
    }

    public TranslationConfig withMode(Long mode) {
        this.mode = mode;
        return this;
    }

    public TTSConfig getTtsConfig() {
        return ttsConfig;
    }

    public void setTtsConfig(TTSConfig ttsConfig) {
        this.ttsConfig = ttsConfig;
    }

    public TranslationConfig withTtsConfig(TTSConfig ttsConfig) {
        this.ttsConfig = ttsConfig;
        return this;
    }

    public List<Terminology> getTerminology() {
        return terminology;
    }

    public void setTerminology(List<Terminology> terminology) {
        this.terminology = terminology;
    }

    public TranslationConfig withTerminology(List<Terminology> terminology) {
        this.terminology = terminology;
        return this;
    }
}
