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
 * Transcription bot parameters of StartAITranscription; MaxIdleTime counts seconds after all publishers left,
 * default 60; TargetUserId is the user to transcribe, required when TranscriptionMode is 1.
 */
public class TranscriptionParams extends AIBotParams<TranscriptionParams> {

    /** Deprecated. IM administrator UserId. */
    @JsonProperty("IMAdminUserId")
    private String imAdminUserId;

    /** Deprecated. UserSig of the IM administrator. */
    @JsonProperty("IMAdminUserSig")
    private String imAdminUserSig;

    /** 0 transcribe the whole room (default), 1 transcribe a single user (TargetUserId). */
    @JsonProperty("TranscriptionMode")
    private Long transcriptionMode;

    /** UserIds to transcribe when transcribing several specific users. */
    @JsonProperty("TargetUserIdList")
    private List<String> targetUserIdList;

    public String getImAdminUserId() {
        return imAdminUserId;
    }

    public void setImAdminUserId(String imAdminUserId) {
        this.imAdminUserId = imAdminUserId;
    }

    public TranscriptionParams withImAdminUserId(String imAdminUserId) {
        this.imAdminUserId = imAdminUserId;
        return this;
    }

    public String getImAdminUserSig() {
        return imAdminUserSig;
    }

    public void setImAdminUserSig(String imAdminUserSig) {
        this.imAdminUserSig = imAdminUserSig;
    }

    public TranscriptionParams withImAdminUserSig(String imAdminUserSig) {
        this.imAdminUserSig = imAdminUserSig;
        return this;
    }

    public Long getTranscriptionMode() {
        return transcriptionMode;
    }

    public void setTranscriptionMode(Long transcriptionMode) {
        this.transcriptionMode = transcriptionMode;
    }

    public TranscriptionParams withTranscriptionMode(Long transcriptionMode) {
        this.transcriptionMode = transcriptionMode;
        return this;
    }

    public List<String> getTargetUserIdList() {
        return targetUserIdList;
    }

    public void setTargetUserIdList(List<String> targetUserIdList) {
        this.targetUserIdList = targetUserIdList;
    }

    public TranscriptionParams withTargetUserIdList(List<String> targetUserIdList) {
        this.targetUserIdList = targetUserIdList;
        return this;
    }
}
