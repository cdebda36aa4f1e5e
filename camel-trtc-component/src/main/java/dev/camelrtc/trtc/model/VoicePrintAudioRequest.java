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

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What RegisterVoicePrint and UpdateVoicePrint take alike: the audio of a voiceprint; the {@code with} methods
 * return {@code R}, the action's request.
 */
public abstract class VoicePrintAudioRequest<R extends VoicePrintAudioRequest<R>> extends TrtcModel {

    /**
     * Base64 of a whole WAV file: 16 kHz, 16 bit, mono, 8 to 18 seconds with at least 6 seconds of speech, at
     * most 2 MB; required by RegisterVoicePrint.
     */
    @JsonProperty("Audio")
    private String audio;

    /** Required. Request time in epoch milliseconds. */
    @JsonProperty("ReqTimestamp")
    private Long reqTimestamp;

    /** Audio format: 0 (WAV) is the only one; required by RegisterVoicePrint. */
    @JsonProperty("AudioFormat")
    private Long audioFormat;

    /** Metadata bound to the voiceprint, at most 512 characters. */
    @JsonProperty("AudioMetaInfo")
    private String audioMetaInfo;

    public String getAudio() {
        return audio;
    }

    public void setAudio(String audio) {
        this.audio = audio;
    }

    public R withAudio(String audio) {
        this.audio = audio;
        return self();
    }

    public Long getReqTimestamp() {
        return reqTimestamp;
    }

    public void setReqTimestamp(Long reqTimestamp) {
        this.reqTimestamp = reqTimestamp;
    }

    public R withReqTimestamp(Long reqTimestamp) {
        this.reqTimestamp = reqTimestamp;
        return self();
    }

    public Long getAudioFormat() {
        return audioFormat;
    }

    public void setAudioFormat(Long audioFormat) {
        this.audioFormat = audioFormat;
    }

    public R withAudioFormat(Long audioFormat) {
        this.audioFormat = audioFormat;
        return self();
    }

    public String getAudioMetaInfo() {
        return audioMetaInfo;
    }

    public void setAudioMetaInfo(String audioMetaInfo) {
        this.audioMetaInfo = audioMetaInfo;
    }

    public R withAudioMetaInfo(String audioMetaInfo) {
        this.audioMetaInfo = audioMetaInfo;
        return self();
    }

    /** Sets Audio to the Base64 of these WAV bytes. */
    public R withAudioBytes(byte[] wav) {
        this.audio = Base64.getEncoder().encodeToString(wav);
        return self();
    }
}
