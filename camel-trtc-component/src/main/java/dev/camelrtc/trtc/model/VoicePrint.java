package dev.camelrtc.trtc.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Voiceprint configuration of StartAITranscription and StartAIConversation. */
public class VoicePrint extends TrtcModel {

    /** 0 voiceprint off (default), 1 voiceprint on. */
    @JsonProperty("Mode")
    private Long mode;

    /** Voiceprint ids; exactly one id when Mode is 1. */
    @JsonProperty("IdList")
    private List<String> idList;

    public Long getMode() {
        return mode;
    }

    public void setMode(Long mode) {
        this.mode = mode;
    }

    public VoicePrint withMode(Long mode) {
        this.mode = mode;
        return this;
    }

    public List<String> getIdList() {
        return idList;
    }

    public void setIdList(List<String> idList) {
        this.idList = idList;
    }

    public VoicePrint withIdList(List<String> idList) {
        this.idList = idList;
        return this;
    }
}
