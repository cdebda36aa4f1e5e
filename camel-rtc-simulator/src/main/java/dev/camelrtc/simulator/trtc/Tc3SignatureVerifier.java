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
package dev.camelrtc.simulator.trtc;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import dev.camelrtc.simulator.http.ApiError;
import dev.camelrtc.simulator.http.AuthorizationParts;
import dev.camelrtc.simulator.http.Digests;
import dev.camelrtc.simulator.http.SimRequest;

/**
 * Checks TC3-HMAC-SHA256 signatures as Tencent Cloud documents them (TRTC "签名方法 v3"): the canonical request is
 * rebuilt from the <em>received</em> values of the headers the client lists in SignedHeaders (names and values
 * lower-cased and trimmed, {@code host} with its port), then compared with the Authorization signature.
 * <p>
 * Errors: missing/malformed Authorization, another algorithm, or SignedHeaders without content-type and host →
 * {@code AuthFailure.InvalidAuthorization}; unknown SecretId → {@code AuthFailure.SecretIdNotFound}; |now − X-TC-Timestamp|
 * &gt; 300 s → {@code AuthFailure.SignatureExpire}; wrong service, wrong credential date or mismatching signature →
 * {@code AuthFailure.SignatureFailure}.
 */
public final class Tc3SignatureVerifier {

    public static final String ALGORITHM = "TC3-HMAC-SHA256";
    static final long MAX_SKEW_SECONDS = 300;
    private static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

    /** The parts of an Authorization header. */
    public record Authorization(String secretId, String date, String service, List<String> signedHeaders,
                                String signature) {
    }

    /** Above this many derived keys the cache starts again (keys change daily; ids are few). */
    private static final int MAX_SIGNING_KEYS = 256;

    private final String service;
    private final Function<String, String> secretKeys;
    private final Clock clock;
    /** Derived signing keys by SecretKey, date and service: three of a signature's four HMACs, as the signers keep. */
    private final Map<SigningKeyId, byte[]> signingKeys = new ConcurrentHashMap<>();

    private record SigningKeyId(String secretKey, String date, String service) {
        @Override
        public String toString() {
            return "SigningKeyId[" + date + "/" + service + "]"; // never the secret
        }
    }

    /**
     * @param service    the credential-scope service the server expects ("trtc")
     * @param secretKeys SecretId → SecretKey, null for unknown ids
     */
    public Tc3SignatureVerifier(String service, Function<String, String> secretKeys, Clock clock) {
        this.service = service;
        this.secretKeys = secretKeys;
        this.clock = clock;
    }

    /** Verifies the request and returns its SecretId, or throws {@link ApiError}. */
    public String verify(SimRequest request) {
        Authorization auth = parseAuthorization(request.header("Authorization"));
        String secretKey = secretKeys.apply(auth.secretId());
        if (secretKey == null) {
            throw new ApiError("AuthFailure.SecretIdNotFound",
                    "The SecretId is not found, please ensure that your SecretId is correct.");
        }
        String timestampHeader = request.header("X-TC-Timestamp");
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampHeader == null ? "" : timestampHeader.trim());
        } catch (NumberFormatException e) {
            throw new ApiError("MissingParameter",
                    "The request is missing a valid required parameter `X-TC-Timestamp`.");
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - timestamp) > MAX_SKEW_SECONDS) {
            throw new ApiError("AuthFailure.SignatureExpire", "Signature expired. Timestamp and server time cannot"
                    + " differ by more than five minutes (request " + timestamp + ", server " + now + ").");
        }
        if (!service.equals(auth.service())) {
            throw new ApiError("AuthFailure.SignatureFailure", "The credential scope service `" + auth.service()
                    + "` does not match the called service `" + service + "`.");
        }
        String expectedDate = utcDate(timestamp);
        if (!expectedDate.equals(auth.date())) {
            throw new ApiError("AuthFailure.SignatureFailure", "The credential scope date `" + auth.date()
                    + "` is not the UTC date of X-TC-Timestamp (`" + expectedDate + "`).");
        }
        String payloadHash = UNSIGNED_PAYLOAD.equals(request.header("X-TC-Content-SHA256"))
                ? sha256Hex(UNSIGNED_PAYLOAD.getBytes(StandardCharsets.UTF_8))
                : sha256Hex(request.body());
        String canonical = canonicalRequest(request.method(), "/",
                "POST".equals(request.method()) ? "" : nullToEmpty(request.rawQuery()),
                auth.signedHeaders(), name -> request.header(name), payloadHash);
        String stringToSign = stringToSign(timestamp, auth.date() + "/" + auth.service() + "/tc3_request", canonical);
        String expected = HexFormat.of().formatHex(hmac(signingKey(secretKey, auth.date(), auth.service()),
                stringToSign));
        if (!Digests.sameAscii(expected, auth.signature().toLowerCase(Locale.ROOT))) {
            throw new ApiError("AuthFailure.SignatureFailure",
                    "The provided credentials could not be validated. Please check your signature is correct.");
        }
        return auth.secretId();
    }

    /** Parses {@code TC3-HMAC-SHA256 Credential=ID/DATE/SERVICE/tc3_request, SignedHeaders=a;b, Signature=hex}. */
    public static Authorization parseAuthorization(String header) {
        if (header == null || header.isBlank()) {
            throw invalid("The Authorization header is missing.");
        }
        AuthorizationParts parts = AuthorizationParts.parse(header, ALGORITHM, Tc3SignatureVerifier::invalid);
        String credential = parts.credential();
        String signedHeaders = parts.signedHeaders();
        String signature = parts.signature();
        if (credential == null || signedHeaders == null || signature == null || signature.isEmpty()) {
            throw invalid("The Authorization header needs Credential, SignedHeaders and Signature.");
        }
        String[] scope = credential.split("/");
        if (scope.length != 4 || scope[0].isEmpty() || !"tc3_request".equals(scope[3])) {
            throw invalid("Malformed Credential: expected SecretId/Date/Service/tc3_request.");
        }
        List<String> headers = List.of(signedHeaders.toLowerCase(Locale.ROOT).split(";"));
        if (!headers.contains("content-type") || !headers.contains("host")) {
            throw invalid("SignedHeaders must include content-type and host.");
        }
        return new Authorization(scope[0], scope[1], scope[2], headers, signature);
    }

    /**
     * Builds the canonical request; header values come from {@code headerValues} by lower-case name and are
     * lower-cased and trimmed, in the order of {@code signedHeaders} sorted by name.
     */
    public static String canonicalRequest(String method, String canonicalUri, String canonicalQuery,
                                          List<String> signedHeaders, Function<String, String> headerValues,
                                          String payloadHash) {
        List<String> names = isCanonical(signedHeaders) ? signedHeaders
                : signedHeaders.stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).sorted().toList();
        StringBuilder canonical = new StringBuilder(256).append(method).append('\n').append(canonicalUri).append('\n')
                .append(canonicalQuery).append('\n');
        for (String name : names) {
            String value = headerValues.apply(name);
            canonical.append(name).append(':').append(value == null ? "" : value.trim().toLowerCase(Locale.ROOT))
                    .append('\n');
        }
        canonical.append('\n');
        for (int i = 0; i < names.size(); i++) {
            canonical.append(i == 0 ? "" : ";").append(names.get(i));
        }
        return canonical.append('\n').append(payloadHash).toString();
    }

    /** True when the names are trimmed, lower-case and sorted already (as every client sends them). */
    private static boolean isCanonical(List<String> names) {
        String previous = "";
        for (String name : names) {
            if (name.compareTo(previous) < 0 || !name.equals(name.trim())
                    || !name.equals(name.toLowerCase(Locale.ROOT))) {
                return false;
            }
            previous = name;
        }
        return true;
    }

    public static String stringToSign(long timestamp, String credentialScope, String canonicalRequest) {
        return ALGORITHM + "\n" + timestamp + "\n" + credentialScope + "\n"
                + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
    }

    /** Derives the signing key from SecretKey, date and service, and signs {@code stringToSign} (lower-case hex). */
    public static String sign(String secretKey, String date, String service, String stringToSign) {
        return HexFormat.of().formatHex(hmac(deriveSigningKey(secretKey, date, service), stringToSign));
    }

    private byte[] signingKey(String secretKey, String date, String service) {
        SigningKeyId id = new SigningKeyId(secretKey, date, service);
        byte[] key = signingKeys.get(id);
        if (key == null) {
            if (signingKeys.size() >= MAX_SIGNING_KEYS) {
                signingKeys.clear();
            }
            key = deriveSigningKey(secretKey, date, service);
            signingKeys.put(id, key);
        }
        return key;
    }

    private static byte[] deriveSigningKey(String secretKey, String date, String service) {
        byte[] secretDate = hmac(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        byte[] secretService = hmac(secretDate, service);
        return hmac(secretService, "tc3_request");
    }

    public static String utcDate(long epochSeconds) {
        // yyyy-MM-dd for the years 0000-9999 (the only ones within the skew of now), without a formatter's cost
        return LocalDate.ofEpochDay(Math.floorDiv(epochSeconds, 86_400L)).toString();
    }

    public static String sha256Hex(byte[] data) {
        return Digests.sha256Hex(data);
    }

    private static byte[] hmac(byte[] key, String message) {
        return Digests.hmac("HmacSHA256", key, message);
    }

    private static ApiError invalid(String message) {
        return new ApiError("AuthFailure.InvalidAuthorization", message);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
