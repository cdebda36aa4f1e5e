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
public class CreateCloudTranscriptionRequest extends RoomRequest<CreateCloudTranscriptionRequest> {

    /** Required. Transcription bot parameters. */
    @JsonProperty("TranscriptionParam")
    private TranscriptionParam transcriptionParam;

    /** Required. Speech recognition parameters. */
    @JsonProperty("AsrParam")
    private AsrParam asrParam;

    /** Translation parameters. */
    @JsonProperty("TranslationParam")
    private TranslationParam translationParam;

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
