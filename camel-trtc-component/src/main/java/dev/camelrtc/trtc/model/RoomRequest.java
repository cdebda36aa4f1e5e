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

/**
 * What the requests that start a task in a room (StartAITranscription, StartAIConversation, CreateCloudTranscription)
 * take alike; the {@code with} methods return {@code R}, the action's request.
 */
public abstract class RoomRequest<R extends RoomRequest<R>> extends TrtcModel {

    /** Required. TRTC SdkAppId, the same as the SdkAppId of the room the task runs in. */
    @JsonProperty("SdkAppId")
    private Long sdkAppId;

    /** Required. TRTC room number the task runs in. */
    @JsonProperty("RoomId")
    private String roomId;

    /** Room number type: 0 numeric room number (default), 1 string room number; required by CreateCloudTranscription. */
    @JsonProperty("RoomIdType")
    private Long roomIdType;

    public Long getSdkAppId() {
        return sdkAppId;
    }

    public void setSdkAppId(Long sdkAppId) {
        this.sdkAppId = sdkAppId;
    }

    public R withSdkAppId(Long sdkAppId) {
        this.sdkAppId = sdkAppId;
        return self();
    }

    public String getRoomId() {
        return roomId;
    }

    public void setRoomId(String roomId) {
        this.roomId = roomId;
    }

    public R withRoomId(String roomId) {
        this.roomId = roomId;
        return self();
    }

    public Long getRoomIdType() {
        return roomIdType;
    }

    public void setRoomIdType(Long roomIdType) {
        this.roomIdType = roomIdType;
    }

    public R withRoomIdType(Long roomIdType) {
        this.roomIdType = roomIdType;
        return self();
    }
}
