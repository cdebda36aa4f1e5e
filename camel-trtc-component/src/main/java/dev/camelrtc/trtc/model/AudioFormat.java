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

/** Format of the audio of TextToSpeech and AsyncTextToSpeech. */
public class AudioFormat extends TrtcModel {

    /** pcm (TextToSpeech default), wav (TextToSpeech only), mp3 (AsyncTextToSpeech default) or opus (Ogg Opus). */
    @JsonProperty("Format")
    private String format;

    /** Sample rate: 16000 or 24000 (default). */
    @JsonProperty("SampleRate")
    private Long sampleRate;

    /** MP3 bit rate in kbps: 64, 128 (default), 192 or 256. */
    @JsonProperty("Bitrate")
    private Long bitrate;

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public AudioFormat withFormat(String format) {
        this.format = format;
        return this;
    }

    public Long getSampleRate() {
        return sampleRate;
    }

    public void setSampleRate(Long sampleRate) {
        this.sampleRate = sampleRate;
    }

    public AudioFormat withSampleRate(Long sampleRate) {
        this.sampleRate = sampleRate;
        return this;
    }

    public Long getBitrate() {
        return bitrate;
    }

    public void setBitrate(Long bitrate) {
        this.bitrate = bitrate;
    }

    public AudioFormat withBitrate(Long bitrate) {
        this.bitrate = bitrate;
        return this;
    }
}
