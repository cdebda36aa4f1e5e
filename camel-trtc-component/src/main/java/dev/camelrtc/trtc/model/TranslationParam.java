package dev.camelrtc.trtc.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Translation parameters of CreateCloudTranscription. */
public class TranslationParam extends TrtcModel {

    /** Target languages: zh, en, yue, vi, ja, ko, id, th, pt, ar, es, fr, ms, de, it, ru. */
    @JsonProperty("TargetLang")
    private List<String> targetLang;

    public List<String> getTargetLang() {
        return targetLang;
    }

    public void setTargetLang(List<String> targetLang) {
        this.targetLang = targetLang;
    }

    public TranslationParam withTargetLang(List<String> targetLang) {
        this.targetLang = targetLang;
        return this;
    }
}
