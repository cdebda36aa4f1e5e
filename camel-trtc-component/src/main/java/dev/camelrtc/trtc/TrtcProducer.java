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
package dev.camelrtc.trtc;

import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import dev.camelrtc.support.RtcProducerSupport;
import dev.camelrtc.support.call.CloudApiException;
import dev.camelrtc.support.call.OperationKind;
import dev.camelrtc.support.http.Crypto;
import dev.camelrtc.support.json.Json;
import dev.camelrtc.support.json.Parameters;
import dev.camelrtc.trtc.model.TaskIdReply;
import dev.camelrtc.trtc.model.TaskStatusReply;
import dev.camelrtc.trtc.model.TextToSpeechResponse;
import dev.camelrtc.trtc.model.TrtcResponse;

/** Calls a TRTC operation; see {@link RtcProducerSupport}. Starts get a generated SessionId unless told otherwise. */
public class TrtcProducer extends RtcProducerSupport<TrtcOperations> {

    public TrtcProducer(TrtcEndpoint endpoint) {
        super(endpoint, TrtcConstants.OPERATION, TrtcConstants.TASK_ID, TrtcConstants.FOLLOW);
    }

    @Override
    protected ObjectNode request(TrtcOperations operation, Exchange exchange) {
        TrtcConfiguration configuration = (TrtcConfiguration) getEndpoint().getConfiguration();
        ObjectNode params = TrtcRequests.build(operation, exchange.getMessage(), configuration);
        if (operation.kind() == OperationKind.START && operation.accepts("SessionId")
                && configuration.isGenerateSessionId() && Parameters.isMissing(params.get("SessionId"))) {
            params.put("SessionId", derivedSessionId(params));
        }
        return params;
    }

    /**
     * Derived from the request itself, so that the same request sent again (a Camel redelivery, a retry after a lost
     * reply, a request file read twice) carries the same SessionId and starts at most one task while that task runs.
     */
    static String derivedSessionId(ObjectNode params) {
        try {
            byte[] canonical = CANONICAL.writeValueAsBytes(Json.MAPPER.convertValue(params, Object.class));
            return "camel-" + Crypto.sha256Hex(canonical).substring(0, 32);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the request parameters", e);
        }
    }

    private static final ObjectWriter CANONICAL = Json.MAPPER.writer()
            .with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Override
    protected void setReplyHeaders(Message message, TrtcOperations operation, ObjectNode params, Object response) {
        TrtcResponse reply = (TrtcResponse) response;
        setIfPresent(message, TrtcConstants.REQUEST_ID, reply.getRequestId());
        if (reply instanceof TaskIdReply task) {
            setIfPresent(message, TrtcConstants.TASK_ID, task.getTaskId());
        }
        if (reply instanceof TaskStatusReply task) {
            setIfPresent(message, TrtcConstants.STATUS, task.getStatus());
        }
        if (reply instanceof TextToSpeechResponse speech) {
            JsonNode format = params.path("AudioFormat");
            message.setHeader(TrtcConstants.AUDIO_FORMAT, format.path("Format").asText(DEFAULT_AUDIO_FORMAT));
            message.setHeader(TrtcConstants.AUDIO_SAMPLE_RATE, format.path("SampleRate").asLong(DEFAULT_SAMPLE_RATE));
            if (speech.getTotalDurationMs() != null) {
                message.setHeader(TrtcConstants.AUDIO_DURATION_MS, speech.getTotalDurationMs());
            }
            if (speech.getAlignments() != null) {
                message.setHeader(TrtcConstants.ALIGNMENTS, speech.getAlignments());
            }
        }
    }

    /** TextToSpeech's defaults (AudioFormat of the official SDK 3.2.11): format pcm, 24000 Hz. */
    static final String DEFAULT_AUDIO_FORMAT = "pcm";
    static final long DEFAULT_SAMPLE_RATE = 24000;

    /**
     * TextToSpeech answers with its audio in Base64: the body is the decoded audio, so that a route writes it to a file
     * or an HTTP reply as it is; its format and the rest of the reply are headers.
     */
    @Override
    protected Object replyBody(TrtcOperations operation, ObjectNode params, Object response) {
        if (!(response instanceof TextToSpeechResponse speech)) {
            return response;
        }
        try {
            return Base64.getDecoder().decode(speech.getAudio() == null ? "" : speech.getAudio());
        } catch (IllegalArgumentException e) {
            throw new TrtcException(CloudApiException.INVALID_RESPONSE, "the Audio of the reply is not Base64",
                    speech.getRequestId(), operation.action(), 200, e);
        }
    }

    /** Consumers of DescribeCloudTranscription need the task's SdkAppId. */
    @Override
    protected Map<String, String> followAttributes(ObjectNode params) {
        JsonNode sdkAppId = params.get("SdkAppId");
        return Parameters.isMissing(sdkAppId) ? Map.of() : Map.of("SdkAppId", sdkAppId.asText());
    }
}
