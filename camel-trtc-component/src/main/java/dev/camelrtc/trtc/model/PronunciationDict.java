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

/** The pronunciation of one word for a speech synthesis. */
public class PronunciationDict extends TrtcModel {

    /** Required. The word. */
    @JsonProperty("Word")
    private String word;

    /** Required. Its pronunciation, e.g. pinyin with tone digits "yin2 hang2". */
    @JsonProperty("Pronunciation")
    private String pronunciation;

    public String getWord() {
        return word;
    }

    public void setWord(String word) {
        this.word = word;
    }

    public PronunciationDict withWord(String word) {
        this.word = word;
        return this;
    }

    public String getPronunciation() {
        return pronunciation;
    }

    public void setPronunciation(String pronunciation) {
        this.pronunciation = pronunciation;
    }

    public PronunciationDict withPronunciation(String pronunciation) {
        this.pronunciation = pronunciation;
        return this;
    }
}
