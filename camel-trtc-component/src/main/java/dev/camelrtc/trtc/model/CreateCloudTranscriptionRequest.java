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

/** Request of the CreateCloudTranscription action (cloud transcription 2.0). */
public class CreateCloudTranscriptionRequest extends TrtcModel {

    /** Required. TRTC SdkAppId, the same as the SdkAppId of the room the task runs in. */
    @JsonProperty("SdkAppId")
    private Long sdkAppId;

    /** Required. TRTC room number the task runs in. */
    @JsonProperty("RoomId")
    private String roomId;

    /** Required. Room number type: 0 numeric room number, 1 string room number. */
    @JsonProperty("RoomIdType")
    private Long roomIdType;

    /** Required. Transcription bot parameters. */
    @JsonProperty("TranscriptionParam")
    private TranscriptionParam transcriptionParam;

    /** Required. Speech recognition parameters. */
    @JsonProperty("AsrParam")
    private AsrParam asrParam;

    /** Translation parameters. */
    @JsonProperty("TranslationParam")
    private TranslationParam translationParam;

    public Long getSdkAppId() {
        return sdkAppId;
    }

    public void setSdkAppId(Long sdkAppId) {
        this.sdkAppId = sdkAppId;
    }

    public CreateCloudTranscriptionRequest withSdkAppId(Long sdkAppId) {
        this.sdkAppId = sdkAppId;
        return this;
    }

    public String getRoomId() {
        return roomId;
    }

    public void setRoomId(String roomId) {
        this.roomId = roomId;
    }

    public CreateCloudTranscriptionRequest withRoomId(String roomId) {
        this.roomId = roomId;
        return this;
    }

    public Long getRoomIdType() {
        return roomIdType;
    }

    public void setRoomIdType(Long roomIdType) {
        this.roomIdType = roomIdType;
    }

    public CreateCloudTranscriptionRequest withRoomIdType(Long roomIdType) {
        this.roomIdType = roomIdType;
        return this;
    }

    public TranscriptionParam getTranscriptionParam() {
        return transcriptionParam;
    }

    public void setTranscriptionParam(TranscriptionParam transcriptionParam) {
        this.transcriptionParam = transcriptionParam;
    }

    public CreateCloudTranscriptionRequest withTranscriptionParam(TranscriptionParam transcriptionParam) {
        this.transcriptionParam = transcriptionParam;
        return this;
    }

    public AsrParam getAsrParam() {
        return asrParam;
    }

    public void setAsrParam(AsrParam asrParam) {
        this.asrParam = asrParam;
    }

    public CreateCloudTranscriptionRequest withAsrParam(AsrParam asrParam) {
        this.asrParam = asrParam;
        return this;
    }

    public TranslationParam getTranslationParam() {
        return translationParam;
    }

    public void setTranslationParam(TranslationParam translationParam) {
        this.translationParam = translationParam;
    }

    public CreateCloudTranscriptionRequest withTranslationParam(TranslationParam translationParam) {
        this.translationParam = translationParam;
        return this;
    }
}
