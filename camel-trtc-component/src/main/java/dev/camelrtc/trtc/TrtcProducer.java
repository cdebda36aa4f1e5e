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
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
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
import dev.camelrtc.trtc.model.AlignmentItem;

/** Calls a TRTC operation; see {@link RtcProducerSupport}. Starts get a generated SessionId unless told otherwise. */
public class TrtcProducer extends RtcProducerSupport<TrtcOperations> {

    private static final Map<String, String> REPLY_HEADERS = Map.of("RequestId", TrtcConstants.REQUEST_ID,
            "TaskId", TrtcConstants.TASK_ID, "Status", TrtcConstants.STATUS);

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
    protected void setReplyHeaders(Message message, TrtcOperations operation, ObjectNode params, JsonNode response,
                                   Object body) {
        REPLY_HEADERS.forEach((field, header) -> {
            JsonNode value = response.get(field);
            if (!Parameters.isMissing(value)) {
                message.setHeader(header, value.asText());
            }
        });
        if (operation == TrtcOperations.textToSpeech) {
            JsonNode format = params.path("AudioFormat");
            message.setHeader(TrtcConstants.AUDIO_FORMAT, format.path("Format").asText(DEFAULT_AUDIO_FORMAT));
            message.setHeader(TrtcConstants.AUDIO_SAMPLE_RATE, format.path("SampleRate").asLong(DEFAULT_SAMPLE_RATE));
            if (response.path("TotalDurationMs").isIntegralNumber()) {
                message.setHeader(TrtcConstants.AUDIO_DURATION_MS, response.path("TotalDurationMs").asLong());
            }
            if (response.path("Alignments").isArray()) {
                message.setHeader(TrtcConstants.ALIGNMENTS,
                        Json.MAPPER.convertValue(response.get("Alignments"), ALIGNMENT_LIST));
            }
        }
    }

    /** TextToSpeech's defaults (AudioFormat of the official SDK 3.2.11): format pcm, 24000 Hz. */
    static final String DEFAULT_AUDIO_FORMAT = "pcm";
    static final long DEFAULT_SAMPLE_RATE = 24000;
    private static final TypeReference<List<AlignmentItem>> ALIGNMENT_LIST = new TypeReference<>() {
    };

    /**
     * TextToSpeech answers with its audio in Base64: the body is the decoded audio, so that a route writes it to a file
     * or an HTTP reply as it is; its format and the rest of the reply are headers.
     */
    @Override
    protected Object replyBody(TrtcOperations operation, ObjectNode params, JsonNode response, Object model) {
        if (operation != TrtcOperations.textToSpeech) {
            return model;
        }
        String audio = response.path("Audio").asText("");
        try {
            return Base64.getDecoder().decode(audio);
        } catch (IllegalArgumentException e) {
            throw new TrtcException(CloudApiException.INVALID_RESPONSE, "the Audio of the reply is not Base64",
                    response.path("RequestId").asText(null), operation.action(), 200, e);
        }
    }

    /** Consumers of DescribeCloudTranscription need the task's SdkAppId. */
    @Override
    protected Map<String, String> followAttributes(ObjectNode params) {
        JsonNode sdkAppId = params.get("SdkAppId");
        return Parameters.isMissing(sdkAppId) ? Map.of() : Map.of("SdkAppId", sdkAppId.asText());
    }
}
