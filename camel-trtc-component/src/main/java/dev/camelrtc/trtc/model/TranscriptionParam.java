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
 * Transcription bot parameters of CreateCloudTranscription; MaxIdleTime counts seconds without publishers, 5-86400,
 * default 30.
 */
public class TranscriptionParam extends BotParams<TranscriptionParam> {

    /** Users to transcribe (allow list). */
    @JsonProperty("SubscribeList")
    private List<TranscriptionUserInfoParams> subscribeList;

    /** Users not to transcribe (block list, wins over SubscribeList). */
    @JsonProperty("UnSubscribeList")
    private List<TranscriptionUserInfoParams> unSubscribeList;

    /** 0 default delivery, 1 deliver results as custom data. */
    @JsonProperty("SendCustomMode")
    private Long sendCustomMode;

    public List<TranscriptionUserInfoParams> getSubscribeList() {
        return subscribeList;
    }

    public void setSubscribeList(List<TranscriptionUserInfoParams> subscribeList) {
        this.subscribeList = subscribeList;
    }

    public TranscriptionParam withSubscribeList(List<TranscriptionUserInfoParams> subscribeList) {
        this.subscribeList = subscribeList;
        return this;
    }

    public List<TranscriptionUserInfoParams> getUnSubscribeList() {
        return unSubscribeList;
    }

    public void setUnSubscribeList(List<TranscriptionUserInfoParams> unSubscribeList) {
        this.unSubscribeList = unSubscribeList;
    }

    public TranscriptionParam withUnSubscribeList(List<TranscriptionUserInfoParams> unSubscribeList) {
        this.unSubscribeList = unSubscribeList;
        return this;
    }

    public Long getSendCustomMode() {
        return sendCustomMode;
    }

    public void setSendCustomMode(Long sendCustomMode) {
        this.sendCustomMode = sendCustomMode;
    }

    public TranscriptionParam withSendCustomMode(Long sendCustomMode) {
        this.sendCustomMode = sendCustomMode;
        return this;
    }
}
