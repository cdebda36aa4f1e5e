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

/** Transcription bot parameters of StartAITranscription. */
public class TranscriptionParams extends TrtcModel {

    /** Required. UserId of the transcription bot, unique in the room. */
    @JsonProperty("UserId")
    private String userId;

    /** Required. UserSig of the bot's UserId. */
    @JsonProperty("UserSig")
    private String userSig;

    /** Deprecated. IM administrator UserId. */
    @JsonProperty("IMAdminUserId")
    private String imAdminUserId;

    /** Deprecated. UserSig of the IM administrator. */
    @JsonProperty("IMAdminUserSig")
    private String imAdminUserSig;

    /** Seconds after all publishers left before the task stops itself; default 60. */
    @JsonProperty("MaxIdleTime")
    private Long maxIdleTime;

    /** 0 transcribe the whole room (default), 1 transcribe a single user (TargetUserId). */
    @JsonProperty("TranscriptionMode")
    private Long transcriptionMode;

    /** UserId to transcribe; required when TranscriptionMode is 1. */
    @JsonProperty("TargetUserId")
    private String targetUserId;

    /** UserIds to transcribe when transcribing several specific users. */
    @JsonProperty("TargetUserIdList")
    private List<String> targetUserIdList;

    /** Voiceprint configuration. */
    @JsonProperty("VoicePrint")
    private VoicePrint voicePrint;

    /** Semantic turn detection configuration. */
    @JsonProperty("TurnDetection")
    private TurnDetection turnDetection;

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public TranscriptionParams withUserId(String userId) {
        this.userId = userId;
        return this;
    }

    public String getUserSig() {
        return userSig;
    }

    public void setUserSig(String userSig) {
        this.userSig = userSig;
    }

    public TranscriptionParams withUserSig(String userSig) {
        this.userSig = userSig;
        return this;
    }

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

    public Long getMaxIdleTime() {
        return maxIdleTime;
    }

    public void setMaxIdleTime(Long maxIdleTime) {
        this.maxIdleTime = maxIdleTime;
    }

    public TranscriptionParams withMaxIdleTime(Long maxIdleTime) {
        this.maxIdleTime = maxIdleTime;
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

    public String getTargetUserId() {
        return targetUserId;
    }

    public void setTargetUserId(String targetUserId) {
        this.targetUserId = targetUserId;
    }

    public TranscriptionParams withTargetUserId(String targetUserId) {
        this.targetUserId = targetUserId;
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

    public VoicePrint getVoicePrint() {
        return voicePrint;
    }

    public void setVoicePrint(VoicePrint voicePrint) {
        this.voicePrint = voicePrint;
    }

    public TranscriptionParams withVoicePrint(VoicePrint voicePrint) {
        this.voicePrint = voicePrint;
        return this;
    }

    public TurnDetection getTurnDetection() {
        return turnDetection;
    }

    public void setTurnDetection(TurnDetection turnDetection) {
        this.turnDetection = turnDetection;
    }

    public TranscriptionParams withTurnDetection(TurnDetection turnDetection) {
        this.turnDetection = turnDetection;
        return this;
    }
}
