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
package dev.camelrtc.alilive;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelrtc.alilive.model.AliliveResponse;
import dev.camelrtc.alilive.model.ReplyErrors;
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
 * The RtcAsr wire for the call pipeline: RPC parameters signed by {@link AliyunRpcSigner}, the reply read into the
 * operation's response model or an {@link AliliveException}, and the reconciliation of stops and deletes.
 */
final class AliliveApi implements CloudApi {

    static final long SUCCESS_RET_CODE = 2000;
    static final String CONFIG_NOT_FOUND = "ConfigNotFound";

    private final URI endpoint;
    private final RtcCredentialsProvider credentials;
    private final AliyunRpcSigner signer;

    /** Signs with what {@code credentials} gives when each request is signed. */
    AliliveApi(URI endpoint, RtcCredentialsProvider credentials, AliyunRpcSigner signer) {
        this.endpoint = endpoint;
        this.credentials = credentials;
        this.signer = signer;
    }

    AliliveApi(URI endpoint, ApiCredentials credentials, AliyunRpcSigner signer) {
        this(endpoint, () -> credentials, signer);
    }

    @Override
    public UnsignedCall prepare(RtcOperation operation, ObjectNode params) {
        Map<String, String> wire = AliliveRequests.toWireStrings(operation, params);
        return time -> signer.sign(endpoint, operation.action(), wire, credentials.credentials(), time,
                UUID.randomUUID().toString());
    }

    @Override
    public AliliveResponse read(RtcOperation operation, HttpReply reply) {
        return readResponse(operation, reply);
    }

    @Override
    public CloudApiException failure(String code, String message, String requestId, String action, int httpStatus,
                                     Throwable cause) {
        return new AliliveException(code, message, requestId, action, httpStatus, null, null, cause);
    }

    /** ConfigNotFound answered to a stop or delete after an uncertain attempt: that attempt removed the task. */
    @Override
    public CompletableFuture<Object> reconcile(CallPipeline pipeline, RtcOperation operation, ObjectNode params,
                                               CloudApiException failure, boolean afterUncertainAttempt) {
        if (operation.kind() == OperationKind.STOP && afterUncertainAttempt
                && CONFIG_NOT_FOUND.equals(failure.getCode())) {
            return CompletableFuture.completedFuture(operation.spec().responseWith(
                    Json.MAPPER.createObjectNode().put("RequestId", failure.getRequestId())));
        }
        return null;
    }

    /**
     * SignatureDoesNotMatch messages quote the server's string to sign (V1) or canonical request (ACS3), which holds
     * the STS SecurityToken: mask its value, keep the rest for debugging.
     */
    static String withoutToken(String message) {
        return message == null ? null : message
                .replaceAll("(SecurityToken(?:%3D|=))(.*?)(?=%26|&|\\s|$)", "$1***")
                .replaceAll("(?i)(x-acs-security-token:)[^\\n]*", "$1***");
    }

    /**
     * The reply as the operation's response model, read from its bytes in one pass; an error envelope, or a RetCode
     * other than 2000, becomes the AliliveException.
     */
    static AliliveResponse readResponse(RtcOperation operation, HttpReply reply) {
        AliliveResponse response = null;
        if (reply.body().length > 0) {
            try {
                response = READERS.get(operation.spec().responseType()).readValue(reply.body());
            } catch (JsonMappingException e) {
                if (!e.getPath().isEmpty()) { // a field of the reply does not fit the model
                    throw unfit(operation, reply, e);
                }
                // the body is not a JSON object: unreadable
            } catch (IOException e) {
                // not JSON: unreadable
            }
        }
        if (response == null) {
            throw unreadable(operation, reply);
        }
        check(operation.action(), reply, Answer.of(response));
        return response;
    }

    private static AliliveException unreadable(RtcOperation operation, HttpReply reply) {
        return new AliliveException(CloudApiException.INVALID_RESPONSE, reply.describeUnreadable("an Alibaba Cloud"),
                null, operation.action(), reply.status());
    }

    /** Fails for an error envelope, a failure status without one, and a RetCode that is missing or not 2000. */
    private static void check(String action, HttpReply reply, Answer answer) {
        boolean success = reply.status() >= 200 && reply.status() < 300;
        if (answer.code() != null && (!success || !answer.hasRetCode())) {
            throw new AliliveException(answer.code(), withoutToken(answer.message()), answer.requestId(), action,
                    reply.status(), answer.hostId(), answer.recommend(), null);
        }
        if (!success) {
            throw new AliliveException(CloudApiException.INVALID_RESPONSE, "HTTP " + reply.status()
                    + " with a JSON body that is not an Alibaba Cloud error envelope: " + reply.bodySnippet(120),
                    answer.requestId(), action, reply.status());
        }
        if (answer.retCode() == null) {
            throw new AliliveException(CloudApiException.INVALID_RESPONSE, "HTTP " + reply.status()
                    + " with a JSON body without a numeric RetCode: " + reply.bodySnippet(120), answer.requestId(),
                    action, reply.status());
        }
        if (answer.retCode() != SUCCESS_RET_CODE) {
            throw new AliliveException(AliliveException.RET_CODE_PREFIX + answer.retCode(), answer.description(),
                    answer.requestId(), action, reply.status());
        }
    }

    /**
     * A reply with a field that does not fit the model. Rare, so it is read again as a tree: it may still be an error
     * answer, and its request id belongs in the exception.
     */
    private static AliliveException unfit(RtcOperation operation, HttpReply reply, JsonMappingException e) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(reply.body());
        } catch (IOException notJsonFurtherOn) { // e.g. truncated inside a field: the mapper reports it there
            return unreadable(operation, reply);
        }
        Answer answer = Answer.of(root);
        check(operation.action(), reply, answer);
        return AliliveException.unfitReply("the response does not match "
                + operation.spec().responseType().getSimpleName() + ": " + e.getMessage(), answer.requestId(),
                operation.action(), reply.status(), e);
    }

    /** What a reply says about its outcome; blank texts are null. */
    private record Answer(String requestId, String code, String message, String hostId, String recommend,
                          boolean hasRetCode, Long retCode, String description) {

        static Answer of(AliliveResponse r) {
            return new Answer(text(r.getRequestId()), text(ReplyErrors.code(r)), text(ReplyErrors.message(r)),
                    text(ReplyErrors.hostId(r)), text(ReplyErrors.recommend(r)), r.getRetCode() != null, r.getRetCode(),
                    text(r.getDescription()));
        }

        static Answer of(JsonNode root) {
            JsonNode retCode = root.get("RetCode");
            boolean numeric = !Parameters.isMissing(retCode) && (retCode.canConvertToLong()
                    || retCode.isTextual() && retCode.asText().matches("-?\\d+"));
            return new Answer(text(root, "RequestId"), text(root, "Code"), text(root, "Message"), text(root, "HostId"),
                    text(root, "Recommend"), !Parameters.isMissing(retCode), numeric ? retCode.asLong() : null,
                    text(root, "Description"));
        }

        private static String text(String value) {
            return value == null || value.isBlank() ? null : value;
        }

        private static String text(JsonNode root, String field) {
            JsonNode value = root.get(field);
            return Parameters.isMissing(value) || value.isContainerNode() ? null : value.asText();
        }
    }

    /** The reader of each response type, made once per type. */
    private static final ClassValue<ObjectReader> READERS = Json.readersPerClass(Json.MAPPER::constructType);
}
