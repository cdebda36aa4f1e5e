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

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.UUID;

import com.aliyuncs.auth.RpcSignatureComposer;
import com.aliyuncs.auth.V3SignatureComposer;
import com.aliyuncs.auth.signers.HmacSHA1Signer;
import com.aliyuncs.auth.signers.HmacSHA256Signer;
import com.aliyuncs.http.MethodType;
import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.simulator.http.Json;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alibaba requests signed over real HTTP with the official core SDK's composers and signers (V1 HMAC-SHA1 and
 * ACS3-HMAC-SHA256), then changed after signing: every change is refused with Alibaba Cloud's code, and the unchanged
 * request is served. The simulator's clock is fixed, so that the 15-minute window is tested at its exact edges.
 * (Reused V1 nonces and a 16-minute-old V1 timestamp are covered by AliyunSdkTest.)
 */
class AliyunSignatureStrictnessTest {

    private static final String AK = "LTAIstrictness00001";
    private static final String SECRET = "strictnessSecret";
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Duration WINDOW = Duration.ofMinutes(15);

    @RegisterExtension
    static final RtcSimulatorExtension SIM = RtcSimulatorExtension.builder().aliyunKey(AK, SECRET)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String FORM = "application/x-www-form-urlencoded";

    // ---- V1 (HMAC-SHA1 over the parameters)

    /** A QueryRtcAsrTasks request signed by the SDK's V1 composer and signer at the given time. */
    private static Map<String, String> v1Signed(Instant timestamp) throws Exception {
        Map<String, String> p = new HashMap<>();
        p.put("Action", "QueryRtcAsrTasks");
        p.put("Version", "2016-11-01");
        p.put("Format", "JSON");
        p.put("AccessKeyId", AK);
        p.put("SignatureMethod", "HMAC-SHA1");
        p.put("SignatureVersion", "1.0");
        p.put("SignatureNonce", UUID.randomUUID().toString());
        p.put("Timestamp", timestamp.toString());
        p.put("RegionId", "cn-shanghai");
        HmacSHA1Signer signer = new HmacSHA1Signer();
        String stringToSign = RpcSignatureComposer.getComposer().composeStringToSign(MethodType.POST, null, signer, p,
                null, null);
        p.put("Signature", signer.signString(stringToSign, SECRET + "&"));
        return p;
    }

    private static HttpResponse<String> postQuery(Map<String, String> params) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(SIM.simulator().baseUrl() + "/?" + encode(params)))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void v1UnchangedRequestIsServed() throws Exception {
        assertSuccess(postQuery(v1Signed(NOW)));
    }

    @Test
    void v1ParameterChangedAfterSigningIsSignatureDoesNotMatch() throws Exception {
        Map<String, String> changedValue = v1Signed(NOW);
        changedValue.put("RegionId", "cn-beijing");
        assertError(postQuery(changedValue), "SignatureDoesNotMatch");
        Map<String, String> added = v1Signed(NOW);
        added.put("TaskId", "asr-someone-else");
        assertError(postQuery(added), "SignatureDoesNotMatch");
    }

    @Test
    void v1TimestampOutsideFifteenMinutesIsExpired() throws Exception {
        Duration justOver = WINDOW.plusSeconds(1);
        assertError(postQuery(v1Signed(NOW.plus(justOver))), "InvalidTimeStamp.Expired");
        assertError(postQuery(v1Signed(NOW.minus(justOver))), "InvalidTimeStamp.Expired");
        assertSuccess(postQuery(v1Signed(NOW.plus(WINDOW))));
        assertSuccess(postQuery(v1Signed(NOW.minus(WINDOW))));
    }

    // ---- ACS3-HMAC-SHA256 (canonical request over query, signed headers and body hash)

    /** What an ACS3 request carries: query parameters, the headers that are signed, and the body. */
    private record Acs3(Map<String, String> query, TreeMap<String, String> signedHeaders, String body,
                        String authorization) {

        /** Signs with the SDK's V3 composer and HmacSHA256Signer; the Host is the one java.net.http will send. */
        static Acs3 signed(Map<String, String> query, String body) throws Exception {
            HmacSHA256Signer signer = new HmacSHA256Signer();
            String payloadHash = HexFormat.of().formatHex(signer.hash(body.getBytes(StandardCharsets.UTF_8)));
            TreeMap<String, String> headers = new TreeMap<>();
            headers.put("host", "127.0.0.1:" + SIM.simulator().port());
            headers.put("x-acs-action", "QueryRtcAsrTasks");
            headers.put("x-acs-version", "2016-11-01");
            headers.put("x-acs-date", NOW.toString());
            headers.put("x-acs-signature-nonce", UUID.randomUUID().toString());
            headers.put("x-acs-content-sha256", payloadHash);
            if (!body.isEmpty()) {
                headers.put("content-type", FORM);
            }
            String canonical = V3SignatureComposer.getComposer().composeStringToSign(MethodType.POST, "/", signer,
                    query, headers, Map.of()) + "\n" + payloadHash;
            String stringToSign = "ACS3-HMAC-SHA256\n"
                    + HexFormat.of().formatHex(signer.hash(canonical.getBytes(StandardCharsets.UTF_8)));
            String authorization = "ACS3-HMAC-SHA256 Credential=" + AK + ",SignedHeaders="
                    + String.join(";", headers.keySet()) + ",Signature=" + signer.signString(stringToSign, SECRET);
            return new Acs3(new HashMap<>(query), headers, body, authorization);
        }

        Acs3 withQuery(String name, String value) {
            Map<String, String> changed = new HashMap<>(query);
            changed.put(name, value);
            return new Acs3(changed, signedHeaders, body, authorization);
        }

        Acs3 withHeader(String name, String value) {
            TreeMap<String, String> changed = new TreeMap<>(signedHeaders);
            changed.put(name, value);
            return new Acs3(query, changed, body, authorization);
        }

        Acs3 withBody(String changed) {
            return new Acs3(query, signedHeaders, changed, authorization);
        }

        HttpResponse<String> send() throws Exception {
            String uri = SIM.simulator().baseUrl() + "/" + (query.isEmpty() ? "" : "?" + encode(query));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri))
                    .header("Authorization", authorization)
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            // java.net.http sets Host itself
            signedHeaders.forEach((name, value) -> {
                if (!name.equals("host")) {
                    request.header(name, value);
                }
            });
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void acs3UnchangedRequestsAreServed() throws Exception {
        assertSuccess(Acs3.signed(Map.of("RegionId", "cn-shanghai"), "").send());
        assertSuccess(Acs3.signed(Map.of(), "RegionId=cn-shanghai").send());
    }

    @Test
    void acs3QueryChangedAfterSigningIsSignatureDoesNotMatch() throws Exception {
        Acs3 signed = Acs3.signed(Map.of("RegionId", "cn-shanghai"), "");
        assertError(signed.withQuery("RegionId", "cn-beijing").send(), "SignatureDoesNotMatch");
        assertError(Acs3.signed(Map.of("RegionId", "cn-shanghai"), "").withQuery("TaskId", "asr-other").send(),
                "SignatureDoesNotMatch");
    }

    @Test
    void acs3BodyChangedAfterSigningIsSignatureDoesNotMatch() throws Exception {
        Acs3 signed = Acs3.signed(Map.of(), "RegionId=cn-shanghai");
        assertError(signed.withBody("RegionId=cn-beijing").send(), "SignatureDoesNotMatch");
    }

    @Test
    void acs3SignedHeaderChangedAfterSigningIsSignatureDoesNotMatch() throws Exception {
        // a date one second later is still inside the window: only the signature can refuse it
        assertError(Acs3.signed(Map.of("RegionId", "cn-shanghai"), "")
                .withHeader("x-acs-date", NOW.plusSeconds(1).toString()).send(), "SignatureDoesNotMatch");
        assertError(Acs3.signed(Map.of("RegionId", "cn-shanghai"), "")
                .withHeader("x-acs-signature-nonce", UUID.randomUUID().toString()).send(), "SignatureDoesNotMatch");
        assertError(Acs3.signed(Map.of(), "RegionId=cn-shanghai")
                .withHeader("content-type", FORM + "; charset=UTF-8").send(), "SignatureDoesNotMatch");
    }

    @Test
    void acs3DateOutsideFifteenMinutesIsExpired() throws Exception {
        Acs3 signed = Acs3.signed(Map.of("RegionId", "cn-shanghai"), "");
        // the check on the date comes before the signature's, as for V1
        assertError(signed.withHeader("x-acs-date", NOW.minus(WINDOW).minusSeconds(1).toString()).send(),
                "InvalidTimeStamp.Expired");
    }

    private static void assertSuccess(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Json.MAPPER.readTree(response.body()).path("RetCode").asInt()).isEqualTo(2000);
    }

    private static void assertError(HttpResponse<String> response, String code) throws Exception {
        JsonNode body = Json.MAPPER.readTree(response.body());
        assertThat(body.path("Code").asText()).as(response.body()).isEqualTo(code);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body.path("RequestId").asText()).isNotEmpty();
        assertThat(response.body()).doesNotContain(SECRET);
    }

    private static String encode(Map<String, String> params) {
        StringJoiner query = new StringJoiner("&");
        params.forEach((name, value) -> query.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }
}
