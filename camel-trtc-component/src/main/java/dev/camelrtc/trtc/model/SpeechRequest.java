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
 * What TextToSpeech and AsyncTextToSpeech take alike; the {@code with} methods return {@code R}, the action's
 * request.
 */
public abstract class SpeechRequest<R extends SpeechRequest<R>> extends TrtcModel {

    /**
     * Required. The text to speak: at most 2,000 characters for TextToSpeech, 50,000 for AsyncTextToSpeech (a
     * Chinese character counts as two).
     */
    @JsonProperty("Text")
    private String text;

    /** Required. The voice (its VoiceId is required). */
    @JsonProperty("Voice")
    private Voice voice;

    /** Required. TRTC SdkAppId. */
    @JsonProperty("SdkAppId")
    private Long sdkAppId;

    /** Format of the audio produced. */
    @JsonProperty("AudioFormat")
    private AudioFormat audioFormat;

    /** TTS model, e.g. flow_02_turbo (the default) or flow_01_ex (TextToSpeech only). */
    @JsonProperty("Model")
    private String model;

    /** Pronunciations of words for this request. */
    @JsonProperty("PronunciationDict")
    private List<PronunciationDict> pronunciationDict;

    /** Subtitles: 0 none (default), 1 per sentence, 2 per word (flow_01_ex only; TextToSpeech only). */
    @JsonProperty("AlignmentMode")
    private Long alignmentMode;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public R withText(String text) {
        this.text = text;
        return self();
    }

    public Voice getVoice() {
        return voice;
    }

    public void setVoice(Voice voice) {
        this.voice = voice;
    }

    public R withVoice(Voice voice) {
        this.voice = voice;
        return self();
    }

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

    public AudioFormat getAudioFormat() {
        return audioFormat;
    }

    public void setAudioFormat(AudioFormat audioFormat) {
        this.audioFormat = audioFormat;
    }

    public R withAudioFormat(AudioFormat audioFormat) {
        this.audioFormat = audioFormat;
        return self();
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public R withModel(String model) {
        this.model = model;
        return self();
    }

    public List<PronunciationDict> getPronunciationDict() {
        return pronunciationDict;
    }

    public void setPronunciationDict(List<PronunciationDict> pronunciationDict) {
        this.pronunciationDict = pronunciationDict;
    }

    public R withPronunciationDict(List<PronunciationDict> pronunciationDict) {
        this.pronunciationDict = pronunciationDict;
        return self();
    }

    public Long getAlignmentMode() {
        return alignmentMode;
    }

    public void setAlignmentMode(Long alignmentMode) {
        this.alignmentMode = alignmentMode;
    }

    public R withAlignmentMode(Long alignmentMode) {
        this.alignmentMode = alignmentMode;
        return self();
    }
}
