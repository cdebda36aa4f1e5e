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

/** One subtitle of a TextToSpeech response. */
public class AlignmentItem extends TrtcModel {

    /** Subtitle text. */
    @JsonProperty("Text")
    private String text;

    /** Start in the audio, milliseconds. */
    @JsonProperty("TimeBeginMs")
    private Long timeBeginMs;

    /** End in the audio, milliseconds. */
    @JsonProperty("TimeEndMs")
    private Long timeEndMs;

    /** Start index in the text. */
    @JsonProperty("TextBegin")
    private Long textBegin;

    /** End index in the text. */
    @JsonProperty("TextEnd")
    private Long textEnd;

    /** Word timestamps. */
    @JsonProperty("Words")
    private List<WordItem> words;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public AlignmentItem withText(String text) {
        this.text = text;
        return this;
    }

    public Long getTimeBeginMs() {
        return timeBeginMs;
    }

    public void setTimeBeginMs(Long timeBeginMs) {
        this.timeBeginMs = timeBeginMs;
    }

    public AlignmentItem withTimeBeginMs(Long timeBeginMs) {
        this.timeBeginMs = timeBeginMs;
        return this;
    }

    public Long getTimeEndMs() {
        return timeEndMs;
    }

    public void setTimeEndMs(Long timeEndMs) {
        this.timeEndMs = timeEndMs;
    }

    public AlignmentItem withTimeEndMs(Long timeEndMs) {
        this.timeEndMs = timeEndMs;
        return this;
    }

    public Long getTextBegin() {
        return textBegin;
    }

    public void setTextBegin(Long textBegin) {
        this.textBegin = textBegin;
    }

    public AlignmentItem withTextBegin(Long textBegin) {
        this.textBegin = textBegin;
        return this;
    }

    public Long getTextEnd() {
        return textEnd;
    }

    public void setTextEnd(Long textEnd) {
        this.textEnd = textEnd;
    }

    public AlignmentItem withTextEnd(Long textEnd) {
        this.textEnd = textEnd;
        return this;
    }

    public List<WordItem> getWords() {
        return words;
    }

    public void setWords(List<WordItem> words) {
        this.words = words;
    }

    public AlignmentItem withWords(List<WordItem> words) {
        this.words = words;
        return this;
    }
}
