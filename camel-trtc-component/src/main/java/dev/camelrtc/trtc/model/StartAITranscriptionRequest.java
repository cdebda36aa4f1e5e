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

/** Request of the StartAITranscription action. */
public class StartAITranscriptionRequest extends RoomRequest<StartAITranscriptionRequest> {

    /** Required. Transcription bot parameters. */
    @JsonProperty("TranscriptionParams")
    private TranscriptionParams transcriptionParams;

    /** Caller's unique id, used first by the server to deduplicate tasks. */
    @JsonProperty("SessionId")
    private String sessionId;

    /** Speech recognition configuration. */
    @JsonProperty("RecognizeConfig")
    private RecognizeConfig recognizeConfig;

    /** Translation configuration. */
    @JsonProperty("TranslationConfig")
    private TranslationConfig translationConfig;

    public TranscriptionParams getTranscriptionParams() {
        return transcriptionParams;
    }

    public void setTranscriptionParams(TranscriptionParams transcriptionParams) {
        this.transcriptionParams = transcriptionParams;
    }

    public StartAITranscriptionRequest withTranscriptionParams(TranscriptionParams transcriptionParams) {
        this.transcriptionParams = transcriptionParams;
        return this;
    }

    public String getSessionId() {
        return sessionId;
    }

    public void setSessionId(String sessionId) {
        this.sessionId = sessionId;
    }

    public StartAITranscriptionRequest withSessionId(String sessionId) {
        this.sessionId = sessionId;
        return this;
    }

    public RecognizeConfig getRecognizeConfig() {
        return recognizeConfig;
    }

    public void setRecognizeConfig(RecognizeConfig recognizeConfig) {
        this.recognizeConfig = recognizeConfig;
    }

    public StartAITranscriptionRequest withRecognizeConfig(RecognizeConfig recognizeConfig) {
        this.recognizeConfig = recognizeConfig;
        return this;
    }

    public TranslationConfig getTranslationConfig() {
        return translationConfig;
    }

    public void setTranslationConfig(TranslationConfig translationConfig) {
        this.translationConfig = translationConfig;
    }

    public StartAITranscriptionRequest withTranslationConfig(TranslationConfig translationConfig) {
        this.translationConfig = translationConfig;
        return this;
    }
}
