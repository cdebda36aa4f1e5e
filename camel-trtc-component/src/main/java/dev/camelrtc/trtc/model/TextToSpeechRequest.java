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

/** Request of the TextToSpeech action: speech synthesis in one call. */
public class TextToSpeechRequest extends SpeechRequest<TextToSpeechRequest> {

    /** API key of the TTS service. */
    @JsonProperty("APIKey")
    private String apiKey;

    /** Language to synthesise (e.g. zh, en, ja); absent: detected. */
    @JsonProperty("Language")
    private String language;

    /** JSON string for extended use. */
    @JsonProperty("ExtraParams")
    private String extraParams;

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public TextToSpeechRequest withApiKey(String apiKey) {
        this.apiKey = apiKey;
        return this;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public TextToSpeechRequest withLanguage(String language) {
        this.language = language;
        return this;
    }

    public String getExtraParams() {
        return extraParams;
    }

    public void setExtraParams(String extraParams) {
        this.extraParams = extraParams;
    }

    public TextToSpeechRequest withExtraParams(String extraParams) {
        this.extraParams = extraParams;
        return this;
    }
}
