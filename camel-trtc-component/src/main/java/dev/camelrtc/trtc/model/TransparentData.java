package dev.camelrtc.trtc.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Data passed through to the client, for ControlAIConversation command TransparentData. */
public class TransparentData extends TrtcModel {

    /** Required. Data to pass through. */
    @JsonProperty("Data")
    private String data;

    public String getData() {
        return data;
    }

    public void setData(String data) {
        this.data = data;
    }

    public TransparentData withData(String data) {
        this.data = data;
        return this;
    }
}
