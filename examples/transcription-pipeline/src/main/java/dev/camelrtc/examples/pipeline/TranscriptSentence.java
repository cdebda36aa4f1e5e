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
package dev.camelrtc.examples.pipeline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A sentence as the pipeline reads it back from the transcripts topic, from either cloud: the fields a transcript
 * line needs, named as in the TRTC component's {@code Sentence} (whose records carry more fields, ignored here, and
 * no {@code vendor}). Alibaba records are written in this shape by the alilive-callbacks route.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record TranscriptSentence(String vendor, String taskId, String userId, String text, long eventMsTs) {

    TranscriptSentence {
        vendor = vendor != null ? vendor : StatusEvent.TRTC;
    }

    /**
     * An Alibaba RtcAsr result. Alibaba documents no field of the body (docs/alilive-component.adoc): these are the
     * simulator's ({@code Speaker}, {@code Text}, {@code Timestamp}: epoch ms when the sentence ended); check a real
     * post before relying on them. Null when the body holds no text.
     */
    static TranscriptSentence fromAlilive(String taskId, JsonNode result) {
        if (!result.path("Text").isTextual()) {
            return null;
        }
        return new TranscriptSentence(StatusEvent.ALILIVE, taskId, result.path("Speaker").asText("speaker"),
                result.path("Text").asText(), result.path("Timestamp").asLong(System.currentTimeMillis()));
    }
}
