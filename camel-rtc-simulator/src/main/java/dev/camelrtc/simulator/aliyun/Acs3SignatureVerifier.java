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

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import dev.camelrtc.simulator.http.ApiError;
import dev.camelrtc.simulator.http.AuthorizationParts;
import dev.camelrtc.simulator.http.Digests;

/**
 * Alibaba V3 signature ACS3-HMAC-SHA256 (reference/alibaba-live.md §2b): the Authorization header is a comma list
 * ({@code Credential}, {@code SignedHeaders}, {@code Signature}) in any order; exactly the SignedHeaders given are
 * canonicalised (lower-case name, trimmed received value), {@code host} may be absent.
 * {@code StringToSign = "ACS3-HMAC-SHA256\n" + hex(SHA256(CanonicalRequest))},
 * {@code Signature = hex(HMAC-SHA256(secret, StringToSign))}.
 */
public final class Acs3SignatureVerifier {

    public static final String ALGORITHM = "ACS3-HMAC-SHA256";

    /** Parsed Authorization header. */
    public record Authorization(String accessKeyId, List<String> signedHeaders, String signature) {
    }

    private Acs3SignatureVerifier() {
    }

    /** Parses the header, or throws IncompleteSignature. */
    public static Authorization parse(String header) {
        AuthorizationParts parts = AuthorizationParts.parse(header, ALGORITHM, Acs3SignatureVerifier::incomplete);
        String credential = parts.credential();
        String signedHeaders = parts.signedHeaders();
        String signature = parts.signature();
        if (credential == null || credential.isEmpty() || signedHeaders == null || signature == null) {
            throw incomplete("The Authorization header needs Credential, SignedHeaders and Signature.");
        }
        return new Authorization(credential,
                Arrays.stream(signedHeaders.split(";")).map(s -> s.trim().toLowerCase(Locale.ROOT))
                        .filter(s -> !s.isEmpty()).sorted().toList(), signature);
    }

    public static String canonicalRequest(String method, Map<String, String> queryParams, List<String> signedHeaders,
                                          Function<String, String> headerValues, String hashedPayload) {
        StringBuilder headers = new StringBuilder();
        for (String name : signedHeaders) {
            String value = headerValues.apply(name);
            headers.append(name).append(':').append(value == null ? "" : value.trim()).append('\n');
        }
        return method + "\n/\n" + AliyunPercentEncoder.canonicalQuery(queryParams) + "\n" + headers + "\n"
                + String.join(";", signedHeaders) + "\n" + hashedPayload;
    }

    public static String stringToSign(String canonicalRequest) {
        return ALGORITHM + "\n" + Digests.sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
    }

    public static String sign(String accessKeySecret, String stringToSign) {
        return HexFormat.of().formatHex(
                Digests.hmac("HmacSHA256", accessKeySecret.getBytes(StandardCharsets.UTF_8), stringToSign));
    }

    public static boolean matches(String accessKeySecret, String stringToSign, String signature) {
        return Digests.sameAscii(sign(accessKeySecret, stringToSign), signature.toLowerCase(Locale.ROOT));
    }

    private static ApiError incomplete(String message) {
        return new ApiError("IncompleteSignature", message, 400);
    }
}
