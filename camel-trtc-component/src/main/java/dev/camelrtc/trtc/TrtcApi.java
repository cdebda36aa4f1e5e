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

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelrtc.support.RtcCredentialsProvider;
import dev.camelrtc.support.call.ApiCredentials;
import dev.camelrtc.support.call.CallPipeline;
import dev.camelrtc.support.call.CloudApi;
import dev.camelrtc.support.call.CloudApiException;
import dev.camelrtc.support.call.OperationKind;
import dev.camelrtc.support.call.RtcOperation;
import dev.camelrtc.support.http.HttpReply;
import dev.camelrtc.support.json.Json;
import dev.camelrtc.support.json.Parameters;
import dev.camelrtc.trtc.model.ReplyErrors;
import dev.camelrtc.trtc.model.TaskIdReply;
import dev.camelrtc.trtc.model.TaskStatusReply;
import dev.camelrtc.trtc.model.TrtcResponse;

/**
 * The TRTC wire for the call pipeline: JSON bodies signed with TC3-HMAC-SHA256, the {@code Response} envelope read
 * into the operation's response model or a {@link TrtcException}, and the reconciliation of starts and stops with the
 * task they meet.
 */
final class TrtcApi implements CloudApi {

    static final String REQUEST_CLIENT = "camel-trtc/0.1.0";
    static final String TASK_EXIST = "FailedOperation.TaskExist";
    /** The final status of AI transcription and AI conversation tasks. */
    private static final String STOPPED = "Stopped";
    static final String TASK_NOT_EXIST = "FailedOperation.TaskNotExist";
    /** "VoicePrintId does not exist" (the SDK's TrtcErrorCode); inferred to answer DeleteVoicePrint of one too. */
    static final String VOICE_PRINT_NOT_FOUND = "FailedOperation.UpdateVoicePrintIdNotFound";

    /**
     * Largest request the API takes: "POST requests signed with TC3-HMAC-SHA256 support up to 10 MB"
     * (https://cloud.tencent.com/document/product/1278/46710, request structure).
     */
    static final int MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

    private final URI endpoint;
    private final String region;
    private final RtcCredentialsProvider credentials;
    private final Tc3Signer signer = new Tc3Signer();

    /** Signs with what {@code credentials} gives when each request is signed. */
    TrtcApi(URI endpoint, String region, RtcCredentialsProvider credentials) {
        this.endpoint = endpoint;
        this.region = region;
        this.credentials = credentials;
    }

    TrtcApi(URI endpoint, String region, ApiCredentials credentials) {
        this(endpoint, region, () -> credentials);
    }

    @Override
    public UnsignedCall prepare(RtcOperation operation, ObjectNode params) {
        String action = operation.action();
        byte[] payload = payload(action, params);
        return time -> signer.sign(endpoint, action, region, payload, credentials.credentials(), time,
                REQUEST_CLIENT);
    }

    @Override
    public TrtcResponse read(RtcOperation operation, HttpReply reply) {
        return readResponse(operation, reply);
    }

    @Override
    public CloudApiException failure(String code, String message, String requestId, String action, int httpStatus,
                                     Throwable cause) {
        return new TrtcException(code, message, requestId, action, httpStatus, cause);
    }

    /**
     * A start answered TaskExist is idempotent per SessionId: the running task of that SessionId, found by a Describe,
     * is the start's answer (whichever call created it); if none is found, TaskExist stands. A stop answered
     * TaskNotExist (a voiceprint delete: VoicePrintId not found) after an attempt that may have stopped it is done.
     */
    @Override
    public CompletableFuture<Object> reconcile(CallPipeline pipeline, RtcOperation operation, ObjectNode params,
                                               CloudApiException failure, boolean afterUncertainAttempt) {
        if (operation.kind() == OperationKind.STOP && afterUncertainAttempt
                && (TASK_NOT_EXIST.equals(failure.getCode()) || operation == TrtcOperations.deleteVoicePrint
                        && VOICE_PRINT_NOT_FOUND.equals(failure.getCode()))) {
            ObjectNode done = Json.MAPPER.createObjectNode().put("RequestId", failure.getRequestId());
            if (operation == TrtcOperations.deleteCloudTranscription) {
                done.set("TaskId", params.get("TaskId"));
            }
            return CompletableFuture.completedFuture(operation.spec().responseWith(done));
        }
        if (operation.kind() == OperationKind.START && TASK_EXIST.equals(failure.getCode())
                && operation.accepts("SessionId") && !Parameters.isMissing(params.get("SessionId"))) {
            return findStartedTask(pipeline, (TrtcOperations) operation, params, failure);
        }
        return null;
    }

    private static CompletableFuture<Object> findStartedTask(CallPipeline pipeline, TrtcOperations start,
                                                             ObjectNode params, CloudApiException exists) {
        TrtcOperations describe = start.describeOperation();
        ObjectNode query = Json.MAPPER.createObjectNode();
        if (describe == TrtcOperations.describeAITranscription) {
            query.put("TaskId", ""); // the API queries by SdkAppId+SessionId when TaskId is empty
        }
        query.set("SdkAppId", params.get("SdkAppId"));
        query.set("SessionId", params.get("SessionId"));
        return pipeline.once(describe, query).handle((answer, failure) -> {
            // a TaskExist caused by another task (same room and robot user) finds none, or only an ended one
            String taskId = failure == null ? ((TaskIdReply) answer).getTaskId() : null;
            if (taskId == null || taskId.isEmpty() || STOPPED.equals(((TaskStatusReply) answer).getStatus())) {
                throw exists;
            }
            return start.spec().responseWith(Json.MAPPER.createObjectNode().put("TaskId", taskId)
                    .put("RequestId", ((TrtcResponse) answer).getRequestId()));
        });
    }

    /** The request body, failing when it cannot be serialized or is over the API's size limit. */
    private static byte[] payload(String action, ObjectNode params) {
        byte[] payload;
        try {
            payload = Json.MAPPER.writeValueAsBytes(params);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialize the parameters of " + action + ": "
                    + e.getOriginalMessage(), e);
        }
        if (payload.length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("The request of " + action + " is " + payload.length
                    + " bytes, over the API's limit of " + MAX_PAYLOAD_BYTES + " bytes for a TC3-signed POST (largest"
                    + " parameter: " + largestParameter(params) + "); nothing was sent");
        }
        return payload;
    }

    /** The top-level parameter whose JSON is longest, named with its length, for size errors. */
    private static String largestParameter(ObjectNode params) {
        String largest = "none";
        int size = -1;
        for (var field : params.properties()) {
            int length = field.getValue().toString().length();
            if (length > size) {
                size = length;
                largest = field.getKey() + ", " + length + " characters";
            }
        }
        return largest;
    }

    /**
     * The reply as the operation's response model, read from its bytes in one pass through the {@code Response}
     * envelope, whose Error (if any) becomes the TrtcException.
     */
    static TrtcResponse readResponse(RtcOperation operation, HttpReply reply) {
        String action = operation.action();
        TrtcResponse response = null;
        if (reply.body().length > 0) {
            try {
                Envelope<?> envelope = READERS.get(operation.spec().responseType()).readValue(reply.body());
                response = envelope == null ? null : envelope.response;
            } catch (JsonMappingException e) {
                if (e.getPath().size() > 1) { // inside the Response object: the reply does not fit the model
                    throw unfit(operation, reply, e);
                }
                // the body or its Response is not a JSON object: unreadable
            } catch (IOException e) {
                // not JSON: unreadable
            }
        }
        if (response == null) {
            throw unreadable(action, reply);
        }
        checkEnvelope(action, reply, response.getRequestId(), ReplyErrors.of(response));
        return response;
    }

    private static TrtcException unreadable(String action, HttpReply reply) {
        return new TrtcException(CloudApiException.INVALID_RESPONSE, reply.describeUnreadable("a TRTC"), null, action,
                reply.status());
    }

    /** Fails for an error answer, and for any other answer with an HTTP status other than 200. */
    private static void checkEnvelope(String action, HttpReply reply, String requestId, JsonNode error) {
        if (error != null && error.isObject()) {
            throw new TrtcException(error.path("Code").asText("UnknownError"), error.path("Message").asText(""),
                    requestId, action, reply.status());
        }
        if (reply.status() != 200) {
            throw new TrtcException(CloudApiException.INVALID_RESPONSE, "HTTP " + reply.status()
                    + " with a response that is not an error envelope", requestId, action, reply.status());
        }
    }

    /**
     * A reply whose Response does not fit the model. Rare, so its envelope is read again as a tree: it may still be an
     * error answer, and its request id belongs in the exception.
     */
    private static TrtcException unfit(RtcOperation operation, HttpReply reply, JsonMappingException e) {
        JsonNode response;
        try {
            response = Json.MAPPER.readTree(reply.body()).path("Response");
        } catch (IOException notJsonFurtherOn) { // e.g. truncated inside a field: the mapper reports it there
            return unreadable(operation.action(), reply);
        }
        JsonNode id = response.path("RequestId");
        String requestId = id.isTextual() ? id.asText() : null;
        checkEnvelope(operation.action(), reply, requestId, response.get("Error"));
        return TrtcException.unfitReply("the response does not match "
                + operation.spec().responseType().getSimpleName() + ": " + e.getMessage(), requestId,
                operation.action(), reply.status(), e);
    }

    /** The API's answer: {@code {"Response": the action's response model}}. */
    static final class Envelope<R extends TrtcResponse> {
        @JsonProperty("Response")
        R response;
    }

    /** The reader of the envelope of each response type, made once per type. */
    private static final ClassValue<ObjectReader> READERS = Json.readersPerClass(
            type -> Json.MAPPER.getTypeFactory().constructParametricType(Envelope.class, type));
}
