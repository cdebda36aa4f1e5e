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

import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Response of the TextToSpeech action; the producer's reply body is the decoded audio instead (see docs). */
public class TextToSpeechResponse extends TrtcResponse {

    /** The audio, Base64-encoded. */
    @JsonProperty("Audio")
    private String audio;

    /** Subtitles, when AlignmentMode asked for them. */
    @JsonProperty("Alignments")
    private List<AlignmentItem> alignments;

    /** Length of the audio in milliseconds. */
    @JsonProperty("TotalDurationMs")
    private Long totalDurationMs;

    public String getAudio() {
        return audio;
    }

    public void setAudio(String audio) {
        this.audio = audio;
    }

    public TextToSpeechResponse withAudio(String audio) {
        this.audio = audio;
        return this;
    }

    public List<AlignmentItem> getAlignments() {
        return alignments;
    }

    public void setAlignments(List<AlignmentItem> alignments) {
        this.alignments = alignments;
    }

    public TextToSpeechResponse withAlignments(List<AlignmentItem> alignments) {
        this.alignments = alignments;
        return this;
    }

    public Long getTotalDurationMs() {
        return totalDurationMs;
    }

    public void setTotalDurationMs(Long totalDurationMs) {
        this.totalDurationMs = totalDurationMs;
    }

    public TextToSpeechResponse withTotalDurationMs(Long totalDurationMs) {
        this.totalDurationMs = totalDurationMs;
        return this;
    }

    /** The decoded audio (null when there is none). */
    public byte[] audioBytes() {
        return audio == null ? null : Base64.getDecoder().decode(audio);
    }
}
