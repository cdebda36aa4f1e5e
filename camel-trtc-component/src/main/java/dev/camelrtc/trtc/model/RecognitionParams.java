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

/**
 * What the speech recognition settings of StartAITranscription (RecognizeConfig), StartAIConversation (STTConfig) and
 * CreateCloudTranscription (AsrParam) take alike; the ranges each action allows are on its class. The {@code with}
 * methods return {@code R}, the settings class.
 */
public abstract class RecognitionParams<R extends RecognitionParams<R>> extends TrtcModel {

    /** Additional candidate languages for recognition. */
    @JsonProperty("AlternativeLanguage")
    private List<String> alternativeLanguage;

    /** Hot words as comma-separated "word|weight" pairs. */
    @JsonProperty("HotWordList")
    private String hotWordList;

    /** Silence in ms that ends a sentence, 240-2000, default 1000. */
    @JsonProperty("VadSilenceTime")
    private Long vadSilenceTime;

    /** VAD sensitivity level, default 0. */
    @JsonProperty("VadLevel")
    private Long vadLevel;

    public List<String> getAlternativeLanguage() {
        return alternativeLanguage;
    }

    public void setAlternativeLanguage(List<String> alternativeLanguage) {
        this.alternativeLanguage = alternativeLanguage;
    }

    public R withAlternativeLanguage(List<String> alternativeLanguage) {
        this.alternativeLanguage = alternativeLanguage;
        return self();
    }

    public String getHotWordList() {
        return hotWordList;
    }

    public void setHotWordList(String hotWordList) {
        this.hotWordList = hotWordList;
    }

    public R withHotWordList(String hotWordList) {
        this.hotWordList = hotWordList;
        return self();
    }

    public Long getVadSilenceTime() {
        return vadSilenceTime;
    }

    public void setVadSilenceTime(Long vadSilenceTime) {
        this.vadSilenceTime = vadSilenceTime;
    }

    public R withVadSilenceTime(Long vadSilenceTime) {
        this.vadSilenceTime = vadSilenceTime;
        return self();
    }

    public Long getVadLevel() {
        return vadLevel;
    }

    public void setVadLevel(Long vadLevel) {
        this.vadLevel = vadLevel;
    }

    public R withVadLevel(Long vadLevel) {
        this.vadLevel = vadLevel;
        return self();
    }
}
