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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
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

/**
 * The TRTC wire for the call pipeline: JSON bodies signed with TC3-HMAC-SHA256, the {@code Response} envelope read
 * into its object or a {@link TrtcException}, and the reconciliation of starts and stops with the task they meet.
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
    public JsonNode read(String action, HttpReply reply) {
        return readResponse(action, reply);
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
    public CompletableFuture<JsonNode> reconcile(CallPipeline pipeline, RtcOperation operation, ObjectNode params,
                                                 CloudApiException failure, boolean afterUncertainAttempt) {
        if (operation.kind() == OperationKind.STOP && afterUncertainAttempt
                && (TASK_NOT_EXIST.equals(failure.getCode()) || operation == TrtcOperations.deleteVoicePrint
                        && VOICE_PRINT_NOT_FOUND.equals(failure.getCode()))) {
            ObjectNode done = Json.MAPPER.createObjectNode().put("RequestId", failure.getRequestId());
            if (operation == TrtcOperations.deleteCloudTranscription) {
                done.set("TaskId", params.get("TaskId"));
            }
            return CompletableFuture.completedFuture(done);
        }
        if (operation.kind() == OperationKind.START && TASK_EXIST.equals(failure.getCode())
                && operation.accepts("SessionId") && !Parameters.isMissing(params.get("SessionId"))) {
            return findStartedTask(pipeline, (TrtcOperations) operation, params, failure);
        }
        return null;
    }

    private static CompletableFuture<JsonNode> findStartedTask(CallPipeline pipeline, TrtcOperations start,
                                                               ObjectNode params, CloudApiException exists) {
        TrtcOperations describe = start.describeOperation();
        ObjectNode query = Json.MAPPER.createObjectNode();
        if (describe == TrtcOperations.describeAITranscription) {
            query.put("TaskId", ""); // the API queries by SdkAppId+SessionId when TaskId is empty
        }
        query.set("SdkAppId", params.get("SdkAppId"));
        query.set("SessionId", params.get("SessionId"));
        return pipeline.once(describe, query).handle((found, failure) -> {
            // a TaskExist caused by another task (same room and robot user) finds none, or only an ended one
            if (failure != null || found.path("TaskId").asText("").isEmpty()
                    || STOPPED.equals(found.path("Status").asText())) {
                throw exists;
            }
            ObjectNode reply = Json.MAPPER.createObjectNode();
            reply.set("TaskId", found.get("TaskId"));
            reply.set("RequestId", found.get("RequestId"));
            return reply;
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

    static JsonNode readResponse(String action, HttpReply reply) {
        JsonNode root = null;
        if (reply.body().length > 0) {
            try {
                root = Json.MAPPER.readTree(reply.body());
            } catch (IOException e) {
                root = null;
            }
        }
        JsonNode response = root == null ? null : root.get("Response");
        if (response == null || !response.isObject()) {
            throw new TrtcException(CloudApiException.INVALID_RESPONSE, reply.describeUnreadable("a TRTC"), null,
                    action, reply.status());
        }
        String requestId = response.path("RequestId").asText(null);
        JsonNode error = response.get("Error");
        if (error != null && error.isObject()) {
            throw new TrtcException(error.path("Code").asText("UnknownError"), error.path("Message").asText(""),
                    requestId, action, reply.status());
        }
        if (reply.status() != 200) {
            throw new TrtcException(CloudApiException.INVALID_RESPONSE, "HTTP " + reply.status()
                    + " with a response that is not an error envelope", requestId, action, reply.status());
        }
        return response;
    }
}
