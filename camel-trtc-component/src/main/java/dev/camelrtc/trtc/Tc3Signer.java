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

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import dev.camelrtc.support.call.ApiCredentials;
import dev.camelrtc.support.http.Crypto;
import dev.camelrtc.support.http.HttpCall;

/**
 * TC3-HMAC-SHA256, Tencent Cloud API 3.0 request signing (https://cloud.tencent.com/document/api/213/30654); the
 * credential scope's service is always {@code trtc}. Besides the required {@code content-type;host} (all the official
 * Java SDK signs) it signs the {@code X-TC-Action}, {@code X-TC-Region}, {@code X-TC-Timestamp} and
 * {@code X-TC-Version} headers, which the documentation allows ("at least host and content-type; other headers may
 * take part to make a request more unique", names and values lower-cased and trimmed), so that a captured request
 * cannot be replayed as another action, region or version within the timestamp window.
 */
public final class Tc3Signer {

    public static final String ALGORITHM = "TC3-HMAC-SHA256";
    public static final String SERVICE = "trtc";
    public static final String API_VERSION = "2019-07-22";
    public static final String CONTENT_TYPE = "application/json; charset=utf-8";
    /** The canonical names sign() signs, sorted: with and without X-TC-Region. */
    private static final String[] SIGNED_WITH_REGION = {"content-type", "host", "x-tc-action", "x-tc-region",
        "x-tc-timestamp", "x-tc-version"};
    private static final String[] SIGNED_WITHOUT_REGION = {"content-type", "host", "x-tc-action", "x-tc-timestamp",
        "x-tc-version"};
    private static final String SIGNED_HEADERS_WITH_REGION = String.join(";", SIGNED_WITH_REGION);
    private static final String SIGNED_HEADERS_WITHOUT_REGION = String.join(";", SIGNED_WITHOUT_REGION);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private final String service;
    private volatile SigningKey lastSigningKey;
    private volatile Target lastTarget;

    public Tc3Signer() {
        this(SERVICE);
    }

    /** For the published test vectors, which sign for other products. */
    Tc3Signer(String service) {
        this.service = service;
    }

    /**
     * Builds the signed POST of one action.
     *
     * @param endpoint  base URL, e.g. {@code https://trtc.tencentcloudapi.com} or {@code http://127.0.0.1:8080}
     * @param timestamp request time, sent as X-TC-Timestamp; the scope's date is its UTC date
     */
    public HttpCall sign(URI endpoint, String action, String region, byte[] payload, ApiCredentials credentials,
                         Instant timestamp, String requestClient) {
        long epochSeconds = timestamp.getEpochSecond();
        String epoch = Long.toString(epochSeconds);
        Target target = target(endpoint);
        Map<String, String> headers = new LinkedHashMap<>(16);
        headers.put("X-TC-Action", action);
        headers.put("X-TC-Timestamp", epoch);
        headers.put("X-TC-Version", API_VERSION);
        if (region != null) {
            headers.put("X-TC-Region", region);
        }
        if (credentials.token() != null) {
            headers.put("X-TC-Token", credentials.token());
        }
        headers.put("X-TC-RequestClient", requestClient);
        String authorization = region != null
                ? authorization(credentials.id(), credentials.secret(), payload, epochSeconds, SIGNED_WITH_REGION,
                        SIGNED_HEADERS_WITH_REGION, CONTENT_TYPE, target.host, action, region, epoch, API_VERSION)
                : authorization(credentials.id(), credentials.secret(), payload, epochSeconds, SIGNED_WITHOUT_REGION,
                        SIGNED_HEADERS_WITHOUT_REGION, CONTENT_TYPE, target.host, action, epoch, API_VERSION);
        headers.put("Authorization", authorization);
        return new HttpCall("POST", target.root, headers, payload, CONTENT_TYPE);
    }

    /**
     * The Authorization header value for a POST with the given content type, host and payload, signing also the
     * {@code otherSignedHeaders} (none: the official SDK's value).
     */
    public String authorization(String secretId, String secretKey, String host, String contentType, byte[] payload,
                                long epochSeconds, Map<String, String> otherSignedHeaders) {
        Map<String, String> canonical = new TreeMap<>();
        canonical.put("content-type", contentType);
        canonical.put("host", host);
        otherSignedHeaders.forEach((name, value) -> canonical.put(name.toLowerCase(Locale.ROOT), value));
        String[] names = canonical.keySet().toArray(new String[0]);
        return authorization(secretId, secretKey, payload, epochSeconds, names, String.join(";", names),
                canonical.values().toArray(new String[0]));
    }

    /**
     * The one place the signature is computed: {@code names} are the signed headers' canonical names, sorted,
     * {@code signedHeaders} those names joined by ';', {@code values} their values in the same order.
     */
    private String authorization(String secretId, String secretKey, byte[] payload, long epochSeconds,
                                 String[] names, String signedHeaders, String... values) {
        SigningKey signingKey = signingKey(secretKey, epochSeconds);
        StringBuilder text = new StringBuilder(384).append("POST\n/\n\n");
        for (int i = 0; i < names.length; i++) {
            text.append(names[i]).append(':').append(values[i].trim().toLowerCase(Locale.ROOT)).append('\n');
        }
        text.append('\n').append(signedHeaders).append('\n');
        Crypto.appendHex(text, Crypto.sha256(payload));
        byte[] canonicalRequestHash = Crypto.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
        // the same builder, now for the string to sign
        text.setLength(0);
        text.append(ALGORITHM).append('\n').append(epochSeconds).append('\n').append(signingKey.scope).append('\n');
        Crypto.appendHex(text, canonicalRequestHash);
        byte[] signature = hmac(signingKey.key, text.toString());
        text.setLength(0);
        text.append(ALGORITHM).append(" Credential=").append(secretId).append('/').append(signingKey.scope)
                .append(", SignedHeaders=").append(signedHeaders).append(", Signature=");
        return Crypto.appendHex(text, signature).toString();
    }

    /**
     * The key that signs on the UTC date of the time: HMAC-SHA256 chained over "TC3" + secret key, the date, the
     * service and "tc3_request". It changes once a day, so the last one is kept and reused while secret and date are
     * the same.
     */
    private SigningKey signingKey(String secretKey, long epochSeconds) {
        long day = Math.floorDiv(epochSeconds, 86_400L);
        SigningKey last = lastSigningKey;
        if (last != null && last.day == day && Objects.equals(last.secretKey, secretKey)) {
            return last;
        }
        String date = DATE.format(Instant.ofEpochSecond(epochSeconds));
        byte[] secretDate = hmac(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        byte[] secretService = hmac(secretDate, service);
        SigningKey key = new SigningKey(secretKey, day, date + "/" + service + "/tc3_request",
                hmac(secretService, "tc3_request"));
        lastSigningKey = key;
        return key;
    }

    /** A derived signing key and what it was derived from (no toString: it holds the secret). */
    private static final class SigningKey {
        private final String secretKey;
        private final long day;
        /** The credential scope: date/service/tc3_request. */
        private final String scope;
        private final byte[] key;

        SigningKey(String secretKey, long day, String scope, byte[] key) {
            this.secretKey = secretKey;
            this.day = day;
            this.scope = scope;
            this.key = key;
        }
    }

    /** The request URI and signed host of the last endpoint (an endpoint signs with the same one call after call). */
    private Target target(URI endpoint) {
        Target last = lastTarget;
        if (last != null && last.endpoint.equals(endpoint)) {
            return last;
        }
        Target target = new Target(endpoint, endpoint.resolve("/"), HttpCall.hostHeader(endpoint));
        lastTarget = target;
        return target;
    }

    private record Target(URI endpoint, URI root, String host) {
    }

    static String sha256Hex(byte[] data) {
        return Crypto.sha256Hex(data);
    }

    static byte[] hmac(byte[] key, String message) {
        return Crypto.hmac("HmacSHA256", key, message);
    }
}
