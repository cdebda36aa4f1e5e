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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.camelrtc.simulator.http.ApiError;
import dev.camelrtc.simulator.http.SimRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The published TC3-HMAC-SHA256 vectors (reference/tencent-trtc.md §1) against the simulator's verifier. */
class Tc3SignatureVerifierTest {

    private static final String PAYLOAD =
            "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}";
    private static final long TIMESTAMP = 1551113065L;
    private static final String CONTENT_TYPE = "application/json; charset=utf-8";
    private static final String HOST = "cvm.tencentcloudapi.com";

    private static final String A_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******";
    private static final String A_KEY = "Gu5t9xGARNpq86cd98joQYCN3*******";
    private static final String A_SIGNATURE = "2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c";
    private static final String B_ID = "AKID" + "*".repeat(32);
    private static final String B_KEY = "*".repeat(32);
    private static final String B_SIGNATURE = "10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f";

    private final Clock atVectorTime = Clock.fixed(Instant.ofEpochSecond(TIMESTAMP + 10), ZoneOffset.UTC);
    private final Tc3SignatureVerifier verifier = new Tc3SignatureVerifier("cvm",
            id -> Map.of(A_ID, A_KEY, B_ID, B_KEY).get(id), atVectorTime);

    @Test
    void payloadHashAndVectorACanonicalRequest() {
        assertThat(Tc3SignatureVerifier.sha256Hex(PAYLOAD.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064");
        String canonical = Tc3SignatureVerifier.canonicalRequest("POST", "/", "", List.of("content-type", "host"),
                Map.of("content-type", CONTENT_TYPE, "host", HOST)::get,
                Tc3SignatureVerifier.sha256Hex(PAYLOAD.getBytes(StandardCharsets.UTF_8)));
        assertThat(canonical).isEqualTo("POST\n/\n\ncontent-type:application/json; charset=utf-8\n"
                + "host:cvm.tencentcloudapi.com\n\ncontent-type;host\n"
                + "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064");
        assertThat(Tc3SignatureVerifier.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031");
        String sts = Tc3SignatureVerifier.stringToSign(TIMESTAMP, "2019-02-25/cvm/tc3_request", canonical);
        assertThat(Tc3SignatureVerifier.sign(A_KEY, "2019-02-25", "cvm", sts)).isEqualTo(A_SIGNATURE);
    }

    @Test
    void vectorBWithSignedActionHeaderLowercasesTheValue() {
        String canonical = Tc3SignatureVerifier.canonicalRequest("POST", "/", "",
                List.of("content-type", "host", "x-tc-action"),
                Map.of("content-type", CONTENT_TYPE, "host", HOST, "x-tc-action", "DescribeInstances")::get,
                Tc3SignatureVerifier.sha256Hex(PAYLOAD.getBytes(StandardCharsets.UTF_8)));
        assertThat(canonical).contains("x-tc-action:describeinstances\n");
        assertThat(Tc3SignatureVerifier.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84");
        assertThat(Tc3SignatureVerifier.sign(B_KEY, "2019-02-25", "cvm",
                Tc3SignatureVerifier.stringToSign(TIMESTAMP, "2019-02-25/cvm/tc3_request", canonical)))
                .isEqualTo(B_SIGNATURE);
    }

    @Test
    void verifiesBothVectorsAsReceivedRequests() {
        assertThat(verifier.verify(request(A_ID, "content-type;host", A_SIGNATURE))).isEqualTo(A_ID);
        assertThat(verifier.verify(request(B_ID, "content-type;host;x-tc-action", B_SIGNATURE))).isEqualTo(B_ID);
    }

    @Test
    void rejectsTamperedSignatureUnknownIdAndBadHeaders() {
        assertCode(request(A_ID, "content-type;host", A_SIGNATURE.replace('2', '3')), "AuthFailure.SignatureFailure");
        assertCode(request("AKIDunknown", "content-type;host", A_SIGNATURE), "AuthFailure.SecretIdNotFound");
        assertCode(request(A_ID, "host", A_SIGNATURE), "AuthFailure.InvalidAuthorization");
        assertCode(withAuthorization("HMAC-SHA1 whatever"), "AuthFailure.InvalidAuthorization");
        assertCode(withAuthorization(null), "AuthFailure.InvalidAuthorization");
        // the signature covers the body: one changed byte fails
        SimRequest changedBody = new SimRequest("POST", "/", null, headers(A_ID, "content-type;host", A_SIGNATURE),
                PAYLOAD.replace("1", "2").getBytes(StandardCharsets.UTF_8), null);
        assertCode(changedBody, "AuthFailure.SignatureFailure");
    }

    @Test
    void rejectsTimestampsMoreThanFiveMinutesAway() {
        Tc3SignatureVerifier late = new Tc3SignatureVerifier("cvm", id -> A_KEY,
                Clock.fixed(Instant.ofEpochSecond(TIMESTAMP + 301), ZoneOffset.UTC));
        assertThatThrownBy(() -> late.verify(request(A_ID, "content-type;host", A_SIGNATURE)))
                .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.code()).isEqualTo("AuthFailure.SignatureExpire"));
        Tc3SignatureVerifier justInTime = new Tc3SignatureVerifier("cvm", id -> A_KEY,
                Clock.fixed(Instant.ofEpochSecond(TIMESTAMP - 300), ZoneOffset.UTC));
        assertThat(justInTime.verify(request(A_ID, "content-type;host", A_SIGNATURE))).isEqualTo(A_ID);
    }

    @Test
    void rejectsAnotherServiceInTheScope() {
        Tc3SignatureVerifier trtc = new Tc3SignatureVerifier("trtc", id -> A_KEY, atVectorTime);
        assertThatThrownBy(() -> trtc.verify(request(A_ID, "content-type;host", A_SIGNATURE)))
                .isInstanceOfSatisfying(ApiError.class, e -> {
                    assertThat(e.code()).isEqualTo("AuthFailure.SignatureFailure");
                    assertThat(e.getMessage()).contains("cvm");
                });
    }

    private void assertCode(SimRequest request, String code) {
        assertThatThrownBy(() -> verifier.verify(request))
                .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    private static SimRequest request(String id, String signedHeaders, String signature) {
        return new SimRequest("POST", "/", null, headers(id, signedHeaders, signature),
                PAYLOAD.getBytes(StandardCharsets.UTF_8), null);
    }

    private static SimRequest withAuthorization(String authorization) {
        Map<String, List<String>> h = new java.util.HashMap<>(headers(A_ID, "content-type;host", A_SIGNATURE));
        if (authorization == null) {
            h.remove("Authorization");
        } else {
            h.put("Authorization", List.of(authorization));
        }
        return new SimRequest("POST", "/", null, h, PAYLOAD.getBytes(StandardCharsets.UTF_8), null);
    }

    private static Map<String, List<String>> headers(String id, String signedHeaders, String signature) {
        return Map.of(
                "Content-Type", List.of(CONTENT_TYPE),
                "Host", List.of(HOST),
                "X-TC-Action", List.of("DescribeInstances"),
                "X-TC-Timestamp", List.of(Long.toString(TIMESTAMP)),
                "Authorization", List.of("TC3-HMAC-SHA256 Credential=" + id + "/2019-02-25/cvm/tc3_request, "
                        + "SignedHeaders=" + signedHeaders + ", Signature=" + signature));
    }
}
