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

/** The timestamp of one word of a subtitle. */
public class WordItem extends TrtcModel {

    /** The word. */
    @JsonProperty("Word")
    private String word;

    /** Start in the audio, milliseconds. */
    @JsonProperty("TimeBeginMs")
    private Long timeBeginMs;

    /** End in the audio, milliseconds. */
    @JsonProperty("TimeEndMs")
    private Long timeEndMs;

    /** Start index in the text. */
    @JsonProperty("WordBegin")
    private Long wordBegin;

    /** End index in the text. */
    @JsonProperty("WordEnd")
    private Long wordEnd;

    public String getWord() {
        return word;
    }

    public void setWord(String word) {
        this.word = word;
    }

    public WordItem withWord(String word) {
        this.word = word;
        return this;
    }

    public Long getTimeBeginMs() {
        return timeBeginMs;
    }

    public void setTimeBeginMs(Long timeBeginMs) {
        this.timeBeginMs = timeBeginMs;
    }

    public WordItem withTimeBeginMs(Long timeBeginMs) {
        this.timeBeginMs = timeBeginMs;
        return this;
    }

    public Long getTimeEndMs() {
        return timeEndMs;
    }

    public void setTimeEndMs(Long timeEndMs) {
        this.timeEndMs = timeEndMs;
    }

    public WordItem withTimeEndMs(Long timeEndMs) {
        this.timeEndMs = timeEndMs;
        return this;
    }

    public Long getWordBegin() {
        return wordBegin;
    }

    public void setWordBegin(Long wordBegin) {
        this.wordBegin = wordBegin;
    }

    public WordItem withWordBegin(Long wordBegin) {
        this.wordBegin = wordBegin;
        return this;
    }

    public Long getWordEnd() {
        return wordEnd;
    }

    public void setWordEnd(Long wordEnd) {
        this.wordEnd = wordEnd;
    }

    public WordItem withWordEnd(Long wordEnd) {
        this.wordEnd = wordEnd;
        return this;
    }
}
