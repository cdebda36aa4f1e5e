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
package dev.camelrtc.simulator.aliyun;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelrtc.simulator.QpsLimiter;
import dev.camelrtc.simulator.http.ApiError;
import dev.camelrtc.simulator.http.Digests;
import dev.camelrtc.simulator.http.RequestIds;
import dev.camelrtc.simulator.http.SimRequest;
import dev.camelrtc.simulator.http.SimResponse;
import dev.camelrtc.simulator.http.UrlCodec;
import dev.camelrtc.simulator.http.VendorApi;

/**
 * Alibaba Cloud ApsaraVideo Live 2016-11-01 RPC API, the four RtcAsr actions. Parameters are the query merged with an
 * urlencoded form body (query wins). Checks in order: action ({@code InvalidAction.NotFound} 404) → Version
 * ({@code MissingParameter} / {@code InvalidVersion} 400) → signature, V3 when {@code Authorization: ACS3-HMAC-SHA256 …}
 * is present, else classic V1 HMAC-SHA1 (unknown key {@code InvalidAccessKeyId.NotFound} 404; timestamp off by more
 * than 15 minutes {@code InvalidTimeStamp.Expired} 400; wrong signature {@code SignatureDoesNotMatch} 400 ending in
 * "server string to sign is:&lt;sts&gt;"; reused nonce within 15 minutes {@code SignatureNonceUsed} 400) → QPS 20 per
 * action and AccessKeyId ({@code Throttling.User} 400) → the action. STS SecurityToken values are accepted unchecked.
 */
public final class AliyunApi implements VendorApi {

    public static final String VERSION = "2016-11-01";
    public static final Set<String> ACTIONS = Set.of("CreateRtcAsrTask", "QueryRtcAsrTasks", "StopRtcAsrTask",
            "DeleteRtcAsrTask");
    /** Documented QPS per user for each of the four actions. */
    public static final int DEFAULT_QPS = 20;
    static final Duration MAX_SKEW = Duration.ofMinutes(15);

    private final Function<String, String> secrets;
    private final Clock clock;
    private final RtcAsrTasks tasks;
    private final QpsLimiter qpsLimiter;
    private final ToIntFunction<String> qpsLimits;
    private final NonceRegistry nonces = new NonceRegistry();
    /** The last time value parsed: a client sends the same one for a whole second of calls. */
    private volatile ParsedTime lastTime;

    private record ParsedTime(String text, Instant at) {
    }

    public AliyunApi(Function<String, String> secrets, Clock clock, RtcAsrTasks tasks, QpsLimiter qpsLimiter,
                     ToIntFunction<String> qpsLimits) {
        this.secrets = secrets;
        this.clock = clock;
        this.tasks = tasks;
        this.qpsLimiter = qpsLimiter;
        this.qpsLimits = qpsLimits;
    }

    @Override
    public String vendor() {
        return "aliyun";
    }

    /** Forgets used nonces. */
    public void resetNonces() {
        nonces.reset();
    }

    @Override
    public SimResponse handle(SimRequest request, String action) {
        String requestId = RequestIds.next().toUpperCase(Locale.ROOT);
        try {
            return AliyunEnvelope.success(execute(request, action), requestId);
        } catch (ApiError e) {
            return AliyunEnvelope.error(e.code(), e.getMessage(), e.httpStatus(), requestId);
        }
    }

    @Override
    public SimResponse injectedError(String code, String message, int httpStatus) {
        return AliyunEnvelope.error(code, message, httpStatus == 0 ? AliyunEnvelope.defaultStatus(code) : httpStatus,
                RequestIds.next().toUpperCase(Locale.ROOT));
    }

    @Override
    public SimResponse malformed() {
        return SimResponse.of(200, AliyunEnvelope.CONTENT_TYPE, "<<not json: simulator malformed-body fault>> {\"RequestId\":");
    }

    @Override
    public SimResponse unfitReply() {
        return SimResponse.of(200, AliyunEnvelope.CONTENT_TYPE, "{\"RequestId\":{\"unfit\":\"simulator unfitReply fault\"},"
                + "\"RetCode\":2000,\"Description\":\"success\"}");
    }

    private ObjectNode execute(SimRequest request, String action) {
        Map<String, String> query = UrlCodec.parseParams(request.rawQuery());
        Map<String, String> params = new LinkedHashMap<>(query);
        if (request.isFormBody()) {
            UrlCodec.parseParams(request.bodyAsString()).forEach(params::putIfAbsent);
        }
        if (!ACTIONS.contains(action)) {
            throw new ApiError("InvalidAction.NotFound", "Specified api is not found, please check your url and method.",
                    404);
        }
        String version = params.getOrDefault("Version", request.header("x-acs-version"));
        if (version == null || version.isEmpty()) {
            throw missing("Version");
        }
        if (!VERSION.equals(version)) {
            throw new ApiError("InvalidVersion", "Specified parameter Version is not valid.", 400);
        }
        String authorization = request.header("Authorization");
        String accessKeyId = authorization != null && authorization.trim().startsWith(Acs3SignatureVerifier.ALGORITHM)
                ? authenticateV3(request, query, authorization)
                : authenticateV1(request, params);
        int limit = qpsLimits.applyAsInt(action);
        if (qpsLimiter.enforced() && !qpsLimiter.tryAcquire("aliyun|" + accessKeyId + "|" + action, limit)) {
            throw new ApiError("Throttling.User", "Request was denied due to user flow control.", 400);
        }
        String taskId = params.get("TaskId");
        return switch (action) {
            case "CreateRtcAsrTask" -> tasks.create(accessKeyId, params);
            case "QueryRtcAsrTasks" -> tasks.query(accessKeyId, taskId);
            case "StopRtcAsrTask" -> tasks.stop(accessKeyId, taskId);
            case "DeleteRtcAsrTask" -> tasks.delete(accessKeyId, taskId);
            default -> throw new IllegalStateException(action);
        };
    }

    private String authenticateV1(SimRequest request, Map<String, String> params) {
        String accessKeyId = requiredParam(params, "AccessKeyId");
        if (!"HMAC-SHA1".equals(requiredParam(params, "SignatureMethod"))) {
            throw invalid("SignatureMethod");
        }
        if (!"1.0".equals(requiredParam(params, "SignatureVersion"))) {
            throw invalid("SignatureVersion");
        }
        String nonce = requiredParam(params, "SignatureNonce");
        String timestamp = params.get("Timestamp");
        if (timestamp == null || timestamp.isEmpty()) {
            throw new ApiError("IllegalTimestamp", "The input parameter \"Timestamp\" that is mandatory for processing"
                    + " this request is not supplied.", 400);
        }
        String signature = requiredParam(params, "Signature");
        String secret = secretOf(accessKeyId);
        checkTime(timestamp, "Timestamp");
        String stringToSign = RpcSignatureVerifier.stringToSign(request.method(), params);
        if (!RpcSignatureVerifier.matches(secret, stringToSign, signature)) {
            throw signatureMismatch(stringToSign);
        }
        useNonce(accessKeyId, nonce);
        return accessKeyId;
    }

    private String authenticateV3(SimRequest request, Map<String, String> query, String authorization) {
        Acs3SignatureVerifier.Authorization auth = Acs3SignatureVerifier.parse(authorization);
        String secret = secretOf(auth.accessKeyId());
        String date = request.header("x-acs-date");
        if (date == null || date.isEmpty()) {
            throw missing("x-acs-date");
        }
        String nonce = request.header("x-acs-signature-nonce");
        if (nonce == null || nonce.isEmpty()) {
            throw missing("x-acs-signature-nonce");
        }
        checkTime(date, "x-acs-date");
        String canonical = Acs3SignatureVerifier.canonicalRequest(request.method(), query, auth.signedHeaders(),
                request::header, Digests.sha256Hex(request.body()));
        String stringToSign = Acs3SignatureVerifier.stringToSign(canonical);
        if (!Acs3SignatureVerifier.matches(secret, stringToSign, auth.signature())) {
            // for V3 the official core SDK compares this text with its canonical request
            throw signatureMismatch(canonical);
        }
        useNonce(auth.accessKeyId(), nonce);
        return auth.accessKeyId();
    }

    private String secretOf(String accessKeyId) {
        String secret = secrets.apply(accessKeyId);
        if (secret == null) {
            throw new ApiError("InvalidAccessKeyId.NotFound", "Specified access key is not found.", 404);
        }
        return secret;
    }

    private void checkTime(String value, String name) {
        ParsedTime last = lastTime;
        Instant at;
        if (last != null && last.text().equals(value)) {
            at = last.at();
        } else {
            try {
                at = Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw new ApiError("IllegalTimestamp", "The specified parameter \"" + name + "\" is not valid.", 400);
            }
            lastTime = new ParsedTime(value, at);
        }
        if (Duration.between(at, clock.instant()).abs().compareTo(MAX_SKEW) > 0) {
            throw new ApiError("InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.", 400);
        }
    }

    private void useNonce(String accessKeyId, String nonce) {
        if (!nonces.use(accessKeyId, nonce, clock.instant())) {
            throw new ApiError("SignatureNonceUsed", "Specified signature nonce was used already.", 400);
        }
    }

    private static ApiError signatureMismatch(String stringToSign) {
        return new ApiError("SignatureDoesNotMatch", "Specified signature is not matched with our calculation."
                + " server string to sign is:" + stringToSign, 400);
    }

    private static String requiredParam(Map<String, String> params, String name) {
        return RtcAsrTasks.required(params, name);
    }

    private static ApiError missing(String name) {
        return RtcAsrTasks.requireValueError(name);
    }

    private static ApiError invalid(String name) {
        return RtcAsrTasks.invalid(name);
    }
}
