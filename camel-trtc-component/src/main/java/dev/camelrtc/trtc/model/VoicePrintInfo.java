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

/** One voiceprint in a DescribeVoicePrint response. */
public class VoicePrintInfo extends TrtcModel {

    /** Voiceprint id. */
    @JsonProperty("VoicePrintId")
    private String voicePrintId;

    /** Tencent Cloud AppId of the account. */
    @JsonProperty("AppId")
    private Long appId;

    /** Metadata bound to the voiceprint. */
    @JsonProperty("VoicePrintMetaInfo")
    private String voicePrintMetaInfo;

    /** Creation time. */
    @JsonProperty("CreateTime")
    private String createTime;

    /** Last update time. */
    @JsonProperty("UpdateTime")
    private String updateTime;

    /** Audio format: 0 is WAV. */
    @JsonProperty("AudioFormat")
    private Long audioFormat;

    /** Name of the audio. */
    @JsonProperty("AudioName")
    private String audioName;

    /** Request time in epoch milliseconds of the last register or update. */
    @JsonProperty("ReqTimestamp")
    private Long reqTimestamp;

    public String getVoicePrintId() {
        return voicePrintId;
    }

    public void setVoicePrintId(String voicePrintId) {
        this.voicePrintId = voicePrintId;
    }

    public VoicePrintInfo withVoicePrintId(String voicePrintId) {
        this.voicePrintId = voicePrintId;
        return this;
    }

    public Long getAppId() {
        return appId;
    }

    public void setAppId(Long appId) {
        this.appId = appId;
    }

    public VoicePrintInfo withAppId(Long appId) {
        this.appId = appId;
        return this;
    }

    public String getVoicePrintMetaInfo() {
        return voicePrintMetaInfo;
    }

    public void setVoicePrintMetaInfo(String voicePrintMetaInfo) {
        this.voicePrintMetaInfo = voicePrintMetaInfo;
    }

    public VoicePrintInfo withVoicePrintMetaInfo(String voicePrintMetaInfo) {
        this.voicePrintMetaInfo = voicePrintMetaInfo;
        return this;
    }

    public String getCreateTime() {
        return createTime;
    }

    public void setCreateTime(String createTime) {
        this.createTime = createTime;
    }

    public VoicePrintInfo withCreateTime(String createTime) {
        this.createTime = createTime;
        return this;
    }

    public String getUpdateTime() {
        return updateTime;
    }

    public void setUpdateTime(String updateTime) {
        this.updateTime = updateTime;
    }

    public VoicePrintInfo withUpdateTime(String updateTime) {
        this.updateTime = updateTime;
        return this;
    }

    public Long getAudioFormat() {
        return audioFormat;
    }

    public void setAudioFormat(Long audioFormat) {
        this.audioFormat = audioFormat;
    }

    public VoicePrintInfo withAudioFormat(Long audioFormat) {
        this.audioFormat = audioFormat;
        return this;
    }

    public String getAudioName() {
        return audioName;
    }

    public void setAudioName(String audioName) {
        this.audioName = audioName;
    }

    public VoicePrintInfo withAudioName(String audioName) {
        this.audioName = audioName;
        return this;
    }

    public Long getReqTimestamp() {
        return reqTimestamp;
    }

    public void setReqTimestamp(Long reqTimestamp) {
        this.reqTimestamp = reqTimestamp;
    }

    public VoicePrintInfo withReqTimestamp(Long reqTimestamp) {
        this.reqTimestamp = reqTimestamp;
        return this;
    }
}
