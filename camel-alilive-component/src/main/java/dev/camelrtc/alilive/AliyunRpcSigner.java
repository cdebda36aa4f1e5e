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

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import dev.camelrtc.support.call.ApiCredentials;
import dev.camelrtc.support.http.Crypto;
import dev.camelrtc.support.http.HttpCall;

/**
 * Signs Alibaba Cloud RPC-style requests (ApsaraVideo Live 2016-11-01), in one of two ways:
 * <ul>
 * <li>{@link SignatureVersion#v1} (default): the classic RPC signature, HMAC-SHA1 with SignatureVersion 1.0, as
 * aliyun-java-sdk-core 4.7.10 sends it: POST, every parameter (API and common) in the query, empty form body,
 * {@code Signature} = Base64(HMAC-SHA1(secret + "&", "POST&%2F&" + percentEncode(sorted canonical query))).</li>
 * <li>{@link SignatureVersion#v3}: ACS3-HMAC-SHA256: the same query minus the V1 common parameters, the request
 * described by {@code x-acs-*} headers and an {@code Authorization} header over a canonical request.</li>
 * </ul>
 * Sources: https://help.aliyun.com/document_detail/25490.htm (V1) and
 * https://help.aliyun.com/zh/sdk/product-overview/v3-request-structure-and-signature (V3).
 */
public final class AliyunRpcSigner {

    /** The two signature schemes the API gateway accepts. */
    public enum SignatureVersion {
        v1, v3
    }

    public static final String API_VERSION = "2016-11-01";
    public static final String V3_ALGORITHM = "ACS3-HMAC-SHA256";
    static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";
    static final String EMPTY_PAYLOAD_SHA256 = sha256Hex(new byte[0]);

    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private static final byte[] UPPER_HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private final SignatureVersion version;
    /** The last Timestamp text and its second: calls within one second share it. */
    private volatile FormattedSecond lastTimestamp;
    /** The last endpoint and its root. */
    private volatile URI[] lastRoot;

    private record FormattedSecond(long epochSecond, String text) {
    }

    public AliyunRpcSigner(SignatureVersion version) {
        this.version = version;
    }

    /**
     * Builds the signed POST of one action: V1 with every parameter in the form body, ACS3 with the parameters in the
     * query (the ACS3 signature covers an empty body).
     *
     * @param endpoint  base URL, e.g. {@code https://live.aliyuncs.com} or {@code http://127.0.0.1:8080}
     * @param apiParams the action's parameters as wire strings (including RegionId)
     * @param nonce     unique per request (the gateway rejects a nonce it has seen within 15 minutes)
     */
    public HttpCall sign(URI endpoint, String action, Map<String, String> apiParams, ApiCredentials credentials,
                         Instant timestamp, String nonce) {
        SortedMap<String, String> query = new TreeMap<>(apiParams);
        query.put("Action", action);
        query.put("Version", API_VERSION);
        query.put("Format", "JSON");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-acs-action", action);
        headers.put("x-acs-version", API_VERSION);
        if (version == SignatureVersion.v1) {
            query.put("AccessKeyId", credentials.id());
            query.put("SignatureMethod", "HMAC-SHA1");
            query.put("SignatureVersion", "1.0");
            query.put("SignatureNonce", nonce);
            query.put("Timestamp", isoSeconds(timestamp));
            if (credentials.token() != null) {
                query.put("SecurityToken", credentials.token());
            }
            // query holds no Signature yet and is sorted: sign its canonical form without v1StringToSign's copy, and
            // send that form with the Signature pair added at its place in the order
            String canonical = canonicalQuery(query);
            String signature = v1Signature("POST&%2F&" + percentEncode(canonical), credentials.secret());
            String body = withPair(canonical, query.headMap("Signature").size(), "Signature=" + percentEncode(signature));
            return new HttpCall("POST", root(endpoint), headers, body.getBytes(StandardCharsets.UTF_8),
                    FORM_CONTENT_TYPE);
        } else {
            headers.put("x-acs-date", isoSeconds(timestamp));
            headers.put("x-acs-signature-nonce", nonce);
            headers.put("x-acs-content-sha256", EMPTY_PAYLOAD_SHA256);
            if (credentials.token() != null) {
                headers.put("x-acs-security-token", credentials.token());
            }
            Map<String, String> signed = new LinkedHashMap<>(headers);
            signed.put("host", HttpCall.hostHeader(endpoint));
            signed.put("content-type", FORM_CONTENT_TYPE);
            headers.put("Authorization", v3Authorization("POST", query, signed, EMPTY_PAYLOAD_SHA256,
                    credentials.id(), credentials.secret()));
        }
        URI target = URI.create(root(endpoint) + "?" + canonicalQuery(query));
        return new HttpCall("POST", target, headers, new byte[0], FORM_CONTENT_TYPE);
    }

    /** The endpoint's root, kept for the last endpoint (a producer signs for the same one call after call). */
    private URI root(URI endpoint) {
        URI[] last = lastRoot;
        if (last != null && last[0].equals(endpoint)) {
            return last[1];
        }
        URI root = endpoint.resolve("/");
        lastRoot = new URI[] {endpoint, root};
        return root;
    }

    private String isoSeconds(Instant timestamp) {
        FormattedSecond last = lastTimestamp;
        if (last != null && last.epochSecond() == timestamp.getEpochSecond()) {
            return last.text();
        }
        String text = ISO_SECONDS.format(timestamp);
        lastTimestamp = new FormattedSecond(timestamp.getEpochSecond(), text);
        return text;
    }

    /** The canonical query with one more pair inserted before its pair number {@code index} (0: first). */
    static String withPair(String canonical, int index, String pair) {
        int at = 0;
        for (int i = 0; i < index; i++) {
            int amp = canonical.indexOf('&', at); // encoded names and values hold no '&'
            at = amp < 0 ? canonical.length() : amp + 1;
        }
        if (canonical.isEmpty()) {
            return pair;
        }
        if (at >= canonical.length()) {
            return canonical + "&" + pair;
        }
        return canonical.substring(0, at) + pair + "&" + canonical.substring(at);
    }

    // ---- V1: HMAC-SHA1 ----

    /** {@code METHOD&%2F&percentEncode(canonicalQuery)} over every parameter except Signature. */
    public static String v1StringToSign(String method, Map<String, String> params) {
        SortedMap<String, String> sorted = new TreeMap<>(params);
        sorted.remove("Signature");
        return method + "&" + percentEncode("/") + "&" + percentEncode(canonicalQuery(sorted));
    }

    /** Base64(HMAC-SHA1(secret + "&", stringToSign)). */
    public static String v1Signature(String stringToSign, String accessKeySecret) {
        return Base64.getEncoder().encodeToString(
                hmac("HmacSHA1", (accessKeySecret + "&").getBytes(StandardCharsets.UTF_8), stringToSign));
    }

    // ---- V3: ACS3-HMAC-SHA256 ----

    /**
     * The canonical request: method, URI {@code /}, canonical query, the given headers (names lower-cased, values
     * trimmed, sorted) each on its line, the signed header names, the payload hash.
     */
    public static String v3CanonicalRequest(String method, Map<String, String> query, Map<String, String> headers,
                                            String payloadSha256) {
        SortedMap<String, String> sortedHeaders = lowerCaseSorted(headers);
        StringBuilder canonicalHeaders = new StringBuilder();
        sortedHeaders.forEach((name, value) -> canonicalHeaders.append(name).append(':').append(value.trim())
                .append('\n'));
        return method + "\n/\n" + canonicalQuery(new TreeMap<>(query)) + "\n" + canonicalHeaders + "\n"
                + String.join(";", sortedHeaders.keySet()) + "\n" + payloadSha256;
    }

    public static String v3StringToSign(String canonicalRequest) {
        return V3_ALGORITHM + "\n" + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
    }

    /** hex(HMAC-SHA256(secret, stringToSign)); the key is the secret itself, no "&". */
    public static String v3Signature(String stringToSign, String accessKeySecret) {
        return Crypto.hex(hmac("HmacSHA256", accessKeySecret.getBytes(StandardCharsets.UTF_8), stringToSign));
    }

    /** The Authorization header value signing exactly the given headers. */
    public static String v3Authorization(String method, Map<String, String> query, Map<String, String> headers,
                                         String payloadSha256, String accessKeyId, String accessKeySecret) {
        String signature = v3Signature(v3StringToSign(v3CanonicalRequest(method, query, headers, payloadSha256)),
                accessKeySecret);
        return V3_ALGORITHM + " Credential=" + accessKeyId + ",SignedHeaders="
                + String.join(";", lowerCaseSorted(headers).keySet()) + ",Signature=" + signature;
    }

    // ---- shared ----

    /** Sorted {@code percentEncode(name)=percentEncode(value)} pairs joined with {@code &}. */
    static String canonicalQuery(SortedMap<String, String> params) {
        StringBuilder joined = new StringBuilder(32 * params.size());
        params.forEach((name, value) -> {
            if (!joined.isEmpty()) {
                joined.append('&');
            }
            joined.append(percentEncode(name)).append('=').append(percentEncode(value));
        });
        return joined.toString();
    }

    /**
     * RFC 3986 percent-encoding of UTF-8 bytes: {@code A-Z a-z 0-9 - _ . ~} kept, everything else {@code %XX} in
     * upper case (so a space is {@code %20} and {@code *} is {@code %2A}), as Alibaba Cloud specifies.
     */
    public static String percentEncode(String value) {
        if (isUnreserved(value)) {
            return value; // most names and values (ids, actions, regions) need no encoding
        }
        byte[] in = value.getBytes(StandardCharsets.UTF_8);
        int length = in.length;
        for (byte b : in) {
            if (!isUnreserved((char) (b & 0xff))) {
                length += 2;
            }
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte b : in) {
            int octet = b & 0xff;
            if (isUnreserved((char) octet)) {
                out[at++] = b;
            } else {
                out[at++] = '%';
                out[at++] = UPPER_HEX[octet >> 4];
                out[at++] = UPPER_HEX[octet & 0xf];
            }
        }
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    private static boolean isUnreserved(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (!isUnreserved(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                || c == '.' || c == '~';
    }

    private static SortedMap<String, String> lowerCaseSorted(Map<String, String> headers) {
        SortedMap<String, String> sorted = new TreeMap<>();
        headers.forEach((name, value) -> sorted.put(name.toLowerCase(Locale.ROOT), value));
        return sorted;
    }

    static String sha256Hex(byte[] data) {
        return Crypto.sha256Hex(data);
    }

    private static byte[] hmac(String algorithm, byte[] key, String message) {
        return Crypto.hmac(algorithm, key, message);
    }
}
