package dev.camelrtc.alilive;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;

import dev.camelrtc.support.CloudApiException;
import dev.camelrtc.support.HttpCall;
import dev.camelrtc.support.HttpReply;
import dev.camelrtc.support.Json;
import dev.camelrtc.support.Parameters;
import dev.camelrtc.support.RateLimiter;
import dev.camelrtc.support.RtcHttpTransport;
import dev.camelrtc.support.ops.CallStats;

/**
 * The RtcAsr wire: signs an action's parameters, sends them on the component's shared transport and turns the reply
 * into its JSON object or an {@link AliliveException}. Never blocks: everything completes on the HTTP client's I/O
 * threads.
 */
public final class AliliveApiClient {

    static final long SUCCESS_RET_CODE = 2000;

    private final RtcHttpTransport transport;
    private final URI endpoint;
    private final AliliveCredentials credentials;
    private final AliyunRpcSigner signer;
    private final Clock clock;
    private final CallStats stats;

    public AliliveApiClient(RtcHttpTransport transport, URI endpoint, AliliveCredentials credentials,
                            AliyunRpcSigner signer, Clock clock) {
        this(transport, endpoint, credentials, signer, clock, new CallStats());
    }

    /** @param stats where the outcome of every call is counted (the component's health check reads it) */
    public AliliveApiClient(RtcHttpTransport transport, URI endpoint, AliliveCredentials credentials,
                            AliyunRpcSigner signer, Clock clock, CallStats stats) {
        this.stats = stats;
        this.transport = transport;
        this.endpoint = endpoint;
        this.credentials = credentials;
        this.signer = signer;
        this.clock = clock;
    }

    public URI endpoint() {
        return endpoint;
    }

    /**
     * Calls one action once its rate limiter (may be null) grants a slot within {@code maxWait}; when none comes in
     * time the future fails with code {@link CloudApiException#RATE_LIMITED} and nothing is sent.
     */
    public CompletableFuture<JsonNode> call(String action, Map<String, String> params, RateLimiter limiter,
                                           Duration maxWait) {
        return RateLimiter.whenPermitted(limiter, maxWait, refused -> new AliliveException(
                CloudApiException.RATE_LIMITED, refused.getMessage(), null, action, 0, null, null, refused),
                () -> call(action, params));
    }

    /**
     * Calls one action now, without rate limiting. The future completes with the response object of a successful call (RetCode 2000), or
     * exceptionally with an {@link AliliveException}.
     */
    public CompletableFuture<JsonNode> call(String action, Map<String, String> params) {
        HttpCall call = signer.sign(endpoint, action, params, credentials, clock.instant(),
                UUID.randomUUID().toString());
        return transport.exchange(call, action, reply -> readResponse(action, reply),
                cause -> new AliliveException(CloudApiException.NETWORK_ERROR,
                        RtcHttpTransport.describeNetworkFailure(endpoint, cause), null, action, 0, null, null, cause),
                stats);
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
            throw new AliliveException(CloudApiException.INVALID_RESPONSE, reply.describeUnreadable("an Alibaba Cloud"), null, action,
                    reply.status());
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
