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

/** Request of the AsyncTextToSpeech action: starts a speech synthesis task for a long text. */
public class AsyncTextToSpeechRequest extends SpeechRequest<AsyncTextToSpeechRequest> {

    /** Language to synthesise (e.g. zh, en, ja); absent: detected. */
    @JsonProperty("LanguageCode")
    private String languageCode;

    public String getLanguageCode() {
        return languageCode;
    }

    public void setLanguageCode(String languageCode) {
        this.languageCode = languageCode;
    }

    public AsyncTextToSpeechRequest withLanguageCode(String languageCode) {
        this.languageCode = languageCode;
        return this;
    }
}
