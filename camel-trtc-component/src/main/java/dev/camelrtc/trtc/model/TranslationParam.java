package dev.camelrtc.trtc.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

/** Translation parameters of CreateCloudTranscription. */
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
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
