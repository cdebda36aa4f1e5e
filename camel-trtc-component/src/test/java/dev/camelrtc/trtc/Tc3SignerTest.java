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
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.camelrtc.support.call.ApiCredentials;
import dev.camelrtc.support.http.HttpCall;

import static org.assertj.core.api.Assertions.assertThat;

class Tc3SignerTest {

    // Published example of https://cloud.tencent.com/document/api/213/30654 (older edition: content-type;host)
    private static final String VECTOR_PAYLOAD
            = "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}";

    @Test
    void reproducesTheDocumentedSignature() {
        String authorization = new Tc3Signer("cvm").authorization("AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******",
                "Gu5t9xGARNpq86cd98joQYCN3*******", "cvm.tencentcloudapi.com", "application/json; charset=utf-8",
                VECTOR_PAYLOAD.getBytes(StandardCharsets.UTF_8), 1551113065L, Map.of());

        assertThat(authorization).isEqualTo("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******"
                + "/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, "
                + "Signature=2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c");
    }

    @Test
    void oneSignerSignsLikeAFreshOneAcrossDatesAndKeys() {
        // the signer keeps the last derived key: a new UTC date or another secret must derive a new one
        Tc3Signer reused = new Tc3Signer();
        byte[] payload = "{}".getBytes(StandardCharsets.UTF_8);
        long lastSecondOfDay = 1764028800L + 86_399L;
        for (long time : new long[] {lastSecondOfDay, lastSecondOfDay + 1, lastSecondOfDay + 1, lastSecondOfDay}) {
            for (String secret : new String[] {"key-1", "key-2", "key-1"}) {
                assertThat(reused.authorization("AKIDtest", secret, "trtc.tencentcloudapi.com",
                        Tc3Signer.CONTENT_TYPE, payload, time, Map.of()))
                        .isEqualTo(new Tc3Signer().authorization("AKIDtest", secret, "trtc.tencentcloudapi.com",
                                Tc3Signer.CONTENT_TYPE, payload, time, Map.of()));
            }
        }
        assertThat(reused.authorization("AKIDtest", "key-1", "h", Tc3Signer.CONTENT_TYPE, payload, lastSecondOfDay,
                Map.of())).contains("/2025-11-25/trtc/tc3_request")
                .isNotEqualTo(reused.authorization("AKIDtest", "key-1", "h", Tc3Signer.CONTENT_TYPE, payload,
                        lastSecondOfDay + 1, Map.of()));
    }

    @Test
    void payloadHashMatchesTheDocumentedValue() {
        assertThat(Tc3Signer.sha256Hex(VECTOR_PAYLOAD.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064");
    }

    @Test
    void signedCallCarriesTheCommonParametersAndSignsForServiceTrtc() {
        HttpCall call = new Tc3Signer().sign(URI.create("http://127.0.0.1:8123"), "DescribeAIConversation",
                "ap-singapore", "{}".getBytes(StandardCharsets.UTF_8),
                new ApiCredentials("AKIDtest", "key", "token-1"), Instant.ofEpochSecond(1764028800L), "test");

        assertThat(call.uri()).isEqualTo(URI.create("http://127.0.0.1:8123/"));
        assertThat(call.contentType()).isEqualTo("application/json; charset=utf-8");
        assertThat(call.headers()).containsEntry("X-TC-Action", "DescribeAIConversation")
                .containsEntry("X-TC-Version", "2019-07-22").containsEntry("X-TC-Region", "ap-singapore")
                .containsEntry("X-TC-Timestamp", "1764028800").containsEntry("X-TC-Token", "token-1");
        assertThat(call.headers().get("Authorization"))
                .startsWith("TC3-HMAC-SHA256 Credential=AKIDtest/2025-11-25/trtc/tc3_request, ")
                .isEqualTo(new Tc3Signer().authorization("AKIDtest", "key", "127.0.0.1:8123",
                        "application/json; charset=utf-8", "{}".getBytes(StandardCharsets.UTF_8), 1764028800L,
                        Map.of("X-TC-Action", "DescribeAIConversation", "X-TC-Region", "ap-singapore",
                                "X-TC-Timestamp", "1764028800", "X-TC-Version", "2019-07-22")))
                .contains("SignedHeaders=content-type;host;x-tc-action;x-tc-region;x-tc-timestamp;x-tc-version, ");
        assertThat(call.toString()).doesNotContain("key").doesNotContain("token-1");
    }

    @Test
    void scopeDateIsTheUtcDateOfTheTimestamp() {
        // 2025-11-24T23:59:59Z and one second later straddle midnight UTC
        String before = new Tc3Signer().authorization("id", "k", "h", "application/json; charset=utf-8",
                new byte[0], 1764028799L, Map.of());
        String after = new Tc3Signer().authorization("id", "k", "h", "application/json; charset=utf-8",
                new byte[0], 1764028800L, Map.of());
        assertThat(before).contains("/2025-11-24/trtc/");
        assertThat(after).contains("/2025-11-25/trtc/");
    }

    @Test
    void signedCallSignsAsTheGeneralAuthorizationDoesForEveryShapeOfCall() {
        byte[] payload = "{\"TaskId\":\"t-1\"}".getBytes(StandardCharsets.UTF_8);
        Tc3Signer signer = new Tc3Signer();
        for (String endpoint : new String[] {"https://TRTC.TencentCloudAPI.com", "http://127.0.0.1:8123/x"}) {
            for (String region : new String[] {"ap-guangzhou", " AP-Beijing ", null}) {
                for (long second : new long[] {1764028799L, 1764028800L}) {
                    HttpCall call = signer.sign(URI.create(endpoint), "DescribeAITranscription", region, payload,
                            new ApiCredentials("AKIDtest", "key", null), Instant.ofEpochSecond(second), "test");
                    Map<String, String> signed = new java.util.HashMap<>(Map.of("X-TC-Action",
                            "DescribeAITranscription", "X-TC-Timestamp", Long.toString(second), "X-TC-Version",
                            "2019-07-22"));
                    if (region != null) {
                        signed.put("X-TC-Region", region);
                    }
                    assertThat(call.headers().get("Authorization")).as("%s %s %d", endpoint, region, second)
                            .isEqualTo(new Tc3Signer().authorization("AKIDtest", "key",
                                    HttpCall.hostHeader(URI.create(endpoint)), Tc3Signer.CONTENT_TYPE, payload,
                                    second, signed));
                    assertThat(call.uri()).isEqualTo(URI.create(endpoint).resolve("/"));
                }
            }
        }
    }
}
