package dev.camelrtc.trtc.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** User entry of SubscribeList/UnSubscribeList in CreateCloudTranscription. */
public class TranscriptionUserInfoParams extends TrtcModel {

    /** Required. UserId of the user. */
    @JsonProperty("UserId")
    private String userId;

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public TranscriptionUserInfoParams withUserId(String userId) {
        this.userId = userId;
        return this;
    }
}
