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
 * The RtcAsr wire for the call pipeline: RPC parameters signed by {@link AliyunRpcSigner}, the reply read into its
 * JSON object or an {@link AliliveException}, and the reconciliation of stops and deletes.
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
    public JsonNode read(String action, HttpReply reply) {
        return readResponse(action, reply);
    }

    @Override
    public CloudApiException failure(String code, String message, String requestId, String action, int httpStatus,
                                     Throwable cause) {
        return new AliliveException(code, message, requestId, action, httpStatus, null, null, cause);
    }

    /** ConfigNotFound answered to a stop or delete after an uncertain attempt: that attempt removed the task. */
    @Override
    public CompletableFuture<JsonNode> reconcile(CallPipeline pipeline, RtcOperation operation, ObjectNode params,
                                                 CloudApiException failure, boolean afterUncertainAttempt) {
        if (operation.kind() == OperationKind.STOP && afterUncertainAttempt
                && CONFIG_NOT_FOUND.equals(failure.getCode())) {
            return CompletableFuture.completedFuture(Json.MAPPER.createObjectNode()
                    .put("RequestId", failure.getRequestId()));
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

    static JsonNode readResponse(String action, HttpReply reply) {
        JsonNode root = parse(reply);
        if (root == null) {
            throw new AliliveException(CloudApiException.INVALID_RESPONSE, reply.describeUnreadable("an Alibaba Cloud"),
                    null, action, reply.status());
        }
        String requestId = text(root, "RequestId");
        boolean success = reply.status() >= 200 && reply.status() < 300;
        JsonNode retCode = root.get("RetCode");
        if (!Parameters.isMissing(root.get("Code")) && (!success || Parameters.isMissing(retCode))) {
            throw new AliliveException(root.get("Code").asText(), withoutToken(text(root, "Message")), requestId,
                    action, reply.status(), text(root, "HostId"), text(root, "Recommend"), null);
        }
        if (!success) {
            throw new AliliveException(CloudApiException.INVALID_RESPONSE, "HTTP " + reply.status()
                    + " with a JSON body that is not an Alibaba Cloud error envelope: " + reply.bodySnippet(120),
                    requestId, action, reply.status());
        }
        if (Parameters.isMissing(retCode) || !retCode.canConvertToLong()
                && !(retCode.isTextual() && retCode.asText().matches("-?\\d+"))) {
            throw new AliliveException(CloudApiException.INVALID_RESPONSE, "HTTP " + reply.status()
                    + " with a JSON body without a numeric RetCode: " + reply.bodySnippet(120), requestId, action,
                    reply.status());
        }
        long code = retCode.asLong();
        if (code != SUCCESS_RET_CODE) {
            throw new AliliveException(AliliveException.RET_CODE_PREFIX + code, text(root, "Description"), requestId,
                    action, reply.status());
        }
        return root;
    }

    private static JsonNode parse(HttpReply reply) {
        if (reply.body().length == 0) {
            return null;
        }
        try {
            JsonNode root = Json.MAPPER.readTree(reply.body());
            return root != null && root.isObject() ? root : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String text(JsonNode root, String field) {
        JsonNode value = root.get(field);
        return Parameters.isMissing(value) ? null : value.asText();
    }
}
