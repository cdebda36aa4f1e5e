package dev.camelrtc.trtc;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelrtc.support.CloudApiException;
import dev.camelrtc.support.HttpCall;
import dev.camelrtc.support.HttpReply;
import dev.camelrtc.support.Json;
import dev.camelrtc.support.RateLimiter;
import dev.camelrtc.support.RtcHttpTransport;
import dev.camelrtc.support.ops.CallStats;

/**
 * The TRTC wire: signs an action's parameters, sends them on the component's shared transport and turns the reply
 * into the {@code Response} object or a {@link TrtcException}. Never blocks: everything completes on the HTTP
 * client's I/O threads.
 */
public final class TrtcApiClient {

    static final String REQUEST_CLIENT = "camel-trtc/0.1.0";

    /**
     * Largest request the API takes: "POST requests signed with TC3-HMAC-SHA256 support up to 10 MB"
     * (https://cloud.tencent.com/document/product/1278/46710, request structure).
     */
    static final int MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

    private final RtcHttpTransport transport;
    private final URI endpoint;
    private final String region;
    private final TrtcCredentials credentials;
    private final Tc3Signer signer = new Tc3Signer();
    private final Clock clock;
    private final CallStats stats;

    public TrtcApiClient(RtcHttpTransport transport, URI endpoint, String region, TrtcCredentials credentials,
                         Clock clock) {
        this(transport, endpoint, region, credentials, clock, new CallStats());
    }

    /** @param stats where the outcome of every call is counted (the component's health check reads it) */
    public TrtcApiClient(RtcHttpTransport transport, URI endpoint, String region, TrtcCredentials credentials,
                         Clock clock, CallStats stats) {
        this.stats = stats;
        this.transport = transport;
        this.endpoint = endpoint;
        this.region = region;
        this.credentials = credentials;
        this.clock = clock;
    }

    public URI endpoint() {
        return endpoint;
    }

    /**
     * Calls one action once its rate limiter (may be null) grants a slot within {@code maxWait}. The future completes
     * with the {@code Response} object of a successful call, or exceptionally with a {@link TrtcException} (code
     * {@code ClientError.RateLimited} when no slot came in time: nothing was sent then).
     */
    public CompletableFuture<JsonNode> call(String action, ObjectNode params, RateLimiter limiter,
                                           java.time.Duration maxWait) {
        byte[] payload;
        try {
            payload = payload(action, params); // checked before waiting for a slot: bad input uses none
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        return RateLimiter.whenPermitted(limiter, maxWait, refused -> new TrtcException(CloudApiException.RATE_LIMITED,
                refused.getMessage(), null, action, 0, refused), () -> send(action, payload));
    }

    /** Calls one action now, without rate limiting. */
    public CompletableFuture<JsonNode> call(String action, ObjectNode params) {
        return call(action, params, null, java.time.Duration.ZERO);
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

    private CompletableFuture<JsonNode> send(String action, byte[] payload) {
        HttpCall call = signer.sign(endpoint, action, region, payload, credentials, clock.instant(), REQUEST_CLIENT);
        return transport.exchange(call, action, reply -> readResponse(action, reply),
                cause -> new TrtcException(CloudApiException.NETWORK_ERROR,
                        RtcHttpTransport.describeNetworkFailure(endpoint, cause), null, action, 0, cause), stats);
    }

    /** The top-level parameter whose JSON is longest, named with its length, for size errors. */
    private static String largestParameter(ObjectNode params) {
        String largest = "none";
        int size = -1;
        for (var it = params.fields(); it.hasNext();) {
            var field = it.next();
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
            throw new TrtcException(CloudApiException.INVALID_RESPONSE, reply.describeUnreadable("a TRTC"), null, action,
                    reply.status());
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
