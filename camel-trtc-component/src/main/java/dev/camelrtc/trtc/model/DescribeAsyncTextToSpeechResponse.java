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

/** Response of the DescribeAsyncTextToSpeech action. */
public class DescribeAsyncTextToSpeechResponse extends TrtcResponse implements TaskStatusReply {

    /** Task status: Processing, Success, Failed or Expired. */
    @JsonProperty("Status")
    private String status;

    /** Where to download the audio. */
    @JsonProperty("AudioDownloadUrl")
    private String audioDownloadUrl;

    /** Where to download the subtitles. */
    @JsonProperty("SubtitleDownloadUrl")
    private String subtitleDownloadUrl;

    /** Length of the audio in milliseconds. */
    @JsonProperty("TotalDurationMs")
    private Long totalDurationMs;

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public DescribeAsyncTextToSpeechResponse withStatus(String status) {
        this.status = status;
        return this;
    }

    public String getAudioDownloadUrl() {
        return audioDownloadUrl;
    }

    public void setAudioDownloadUrl(String audioDownloadUrl) {
        this.audioDownloadUrl = audioDownloadUrl;
    }

    public DescribeAsyncTextToSpeechResponse withAudioDownloadUrl(String audioDownloadUrl) {
        this.audioDownloadUrl = audioDownloadUrl;
        return this;
    }

    public String getSubtitleDownloadUrl() {
        return subtitleDownloadUrl;
    }

    public void setSubtitleDownloadUrl(String subtitleDownloadUrl) {
        this.subtitleDownloadUrl = subtitleDownloadUrl;
    }

    public DescribeAsyncTextToSpeechResponse withSubtitleDownloadUrl(String subtitleDownloadUrl) {
        this.subtitleDownloadUrl = subtitleDownloadUrl;
        return this;
    }

    public Long getTotalDurationMs() {
        return totalDurationMs;
    }

    public void setTotalDurationMs(Long totalDurationMs) {
        this.totalDurationMs = totalDurationMs;
    }

    public DescribeAsyncTextToSpeechResponse withTotalDurationMs(Long totalDurationMs) {
        this.totalDurationMs = totalDurationMs;
        return this;
    }
}
