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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import com.aliyuncs.auth.AcsURLEncoder;
import com.aliyuncs.auth.RpcSignatureComposer;
import com.aliyuncs.auth.V3SignatureComposer;
import com.aliyuncs.auth.signers.HmacSHA1Signer;
import com.aliyuncs.auth.signers.HmacSHA256Signer;
import com.aliyuncs.http.MethodType;

import org.junit.jupiter.api.Test;

import dev.camelrtc.alilive.AliyunRpcSigner.SignatureVersion;
import dev.camelrtc.support.call.ApiCredentials;
import dev.camelrtc.support.http.HttpCall;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conformance of {@link AliyunRpcSigner} with Alibaba Cloud's published vectors and, byte for byte, with the
 * official aliyun-java-sdk-core 4.7.10 composers and signers (test scope only) for the same fixed inputs.
 */
class AliyunRpcSignerTest {

    private static final String NONCE = "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf";
    private static final Instant TIMESTAMP = Instant.parse("2016-02-23T12:46:24Z");

    @Test
    void v1PublishedVector() {
        Map<String, String> params = new HashMap<>(Map.of("AccessKeyId", "testid", "Action", "DescribeRegions",
                "Format", "XML", "SignatureMethod", "HMAC-SHA1", "SignatureNonce", NONCE, "SignatureVersion", "1.0",
                "Timestamp", "2016-02-23T12:46:24Z", "Version", "2014-05-26"));

        String stringToSign = AliyunRpcSigner.v1StringToSign("GET", params);

        assertThat(stringToSign).isEqualTo("GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML"
                + "%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"
                + "%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26");
        assertThat(AliyunRpcSigner.v1Signature(stringToSign, "testsecret")).isEqualTo("OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
    }

    @Test
    void v1LiveVectorFromSdk() {
        Map<String, String> params = liveCreateParams();
        params.put("SignatureNonce", NONCE);
        params.put("Timestamp", "2016-02-23T12:46:24Z");

        assertThat(AliyunRpcSigner.v1Signature(AliyunRpcSigner.v1StringToSign("POST", params), "testsecret"))
                .isEqualTo("GWLaMzOPz0+LScWJWShY5iNWLHQ=");
    }

    @Test
    void v1SignedCallEqualsOfficialSdkForTheSameParameters() throws Exception {
        Map<String, String> apiParams = new LinkedHashMap<>();
        apiParams.put("Mode", "live");
        apiParams.put("StreamURL", "rtmp://example.com/app/stream?a=b c*~&x=é中");
        apiParams.put("Language", "cn");
        apiParams.put("CallbackURL", "http://cb.example.com/x?y=1+2");
        apiParams.put("AuthKey", "");
        apiParams.put("TranslateEnabled", "true");
        apiParams.put("AutoTerminateDelay", "5");
        apiParams.put("RegionId", "cn-shanghai");
        ApiCredentials credentials = new ApiCredentials("testid", "testsecret", "sts-token/+=");

        HttpCall call = new AliyunRpcSigner(SignatureVersion.v1).sign(URI.create("http://127.0.0.1:8080"),
                "CreateRtcAsrTask", apiParams, credentials, TIMESTAMP, NONCE);

        assertThat(call.uri().getRawQuery()).as("V1 parameters travel in the form body, not the request line").isNull();
        assertThat(call.contentType()).isEqualTo("application/x-www-form-urlencoded");
        Map<String, String> sent = decodeForm(new String(call.body(), StandardCharsets.UTF_8));
        assertThat(sent).containsEntry("Action", "CreateRtcAsrTask").containsEntry("Version", "2016-11-01")
                .containsEntry("Format", "JSON").containsEntry("AccessKeyId", "testid")
                .containsEntry("SignatureMethod", "HMAC-SHA1").containsEntry("SignatureVersion", "1.0")
                .containsEntry("SignatureNonce", NONCE).containsEntry("Timestamp", "2016-02-23T12:46:24Z")
                .containsEntry("SecurityToken", "sts-token/+=").containsEntry("AuthKey", "")
                .containsEntry("StreamURL", apiParams.get("StreamURL"));
        String signature = sent.remove("Signature");

        HmacSHA1Signer sdkSigner = new HmacSHA1Signer();
        String sdkStringToSign = RpcSignatureComposer.getComposer()
                .composeStringToSign(MethodType.POST, null, sdkSigner, new HashMap<>(sent), null, null);
        assertThat(AliyunRpcSigner.v1StringToSign("POST", sent)).isEqualTo(sdkStringToSign);
        assertThat(signature).isEqualTo(sdkSigner.signString(sdkStringToSign, "testsecret&"));

        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.uri().getPath()).isEqualTo("/");
        assertThat(call.headers()).doesNotContainKey("Authorization");
    }

    @Test
    void v3PublishedVector() {
        Map<String, String> query = Map.of("ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd",
                "RegionId", "cn-shanghai");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", "ecs.cn-shanghai.aliyuncs.com");
        headers.put("x-acs-action", "RunInstances");
        headers.put("x-acs-version", "2014-05-26");
        headers.put("x-acs-date", "2023-10-26T10:22:32Z");
        headers.put("x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d");
        headers.put("x-acs-content-sha256", AliyunRpcSigner.EMPTY_PAYLOAD_SHA256);

        String canonicalRequest = AliyunRpcSigner.v3CanonicalRequest("POST", query, headers,
                AliyunRpcSigner.EMPTY_PAYLOAD_SHA256);
        String stringToSign = AliyunRpcSigner.v3StringToSign(canonicalRequest);

        assertThat(stringToSign).isEqualTo(
                "ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259");
        assertThat(AliyunRpcSigner.v3Signature(stringToSign, "YourAccessKeySecret"))
                .isEqualTo("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0");
        assertThat(AliyunRpcSigner.v3Authorization("POST", query, headers, AliyunRpcSigner.EMPTY_PAYLOAD_SHA256,
                "YourAccessKeyId", "YourAccessKeySecret")).isEqualTo("ACS3-HMAC-SHA256 Credential=YourAccessKeyId,"
                        + "SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;"
                        + "x-acs-version,Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0");
    }

    @Test
    void v3SignedCallEqualsOfficialSdkComposer() throws Exception {
        Map<String, String> apiParams = Map.of("TaskId", "asr-1 *~é", "RegionId", "cn-shanghai");
        ApiCredentials credentials = new ApiCredentials("testid", "testsecret", "sts-token");
        URI endpoint = URI.create("http://127.0.0.1:8080");

        HttpCall call = new AliyunRpcSigner(SignatureVersion.v3).sign(endpoint, "DeleteRtcAsrTask", apiParams,
                credentials, TIMESTAMP, NONCE);

        Map<String, String> query = decodeQuery(call.uri());
        assertThat(query).doesNotContainKeys("Signature", "AccessKeyId", "Timestamp", "SignatureNonce")
                .containsEntry("Action", "DeleteRtcAsrTask").containsEntry("TaskId", "asr-1 *~é");
        assertThat(call.headers()).containsEntry("x-acs-date", "2016-02-23T12:46:24Z")
                .containsEntry("x-acs-signature-nonce", NONCE).containsEntry("x-acs-security-token", "sts-token")
                .containsEntry("x-acs-content-sha256", AliyunRpcSigner.EMPTY_PAYLOAD_SHA256);

        Map<String, String> signedHeaders = new HashMap<>(call.headers());
        String authorization = signedHeaders.remove("Authorization");
        signedHeaders.put("host", HttpCall.hostHeader(endpoint));
        signedHeaders.put("content-type", call.contentType());
        // As RpcAcsRequest.signRequest does in V3 mode: the composer gives the canonical request up to the signed
        // headers; the request appends the payload hash, hashes, and prefixes the signer name
        HmacSHA256Signer sdkSigner = new HmacSHA256Signer();
        String sdkCanonicalRequest = V3SignatureComposer.getComposer()
                .composeStringToSign(MethodType.POST, null, sdkSigner, new HashMap<>(query), signedHeaders, null)
                + "\n" + AcsURLEncoder.hexEncode(sdkSigner.hash(new byte[0]));
        String sdkStringToSign = sdkSigner.getSignerName() + "\n"
                + AcsURLEncoder.hexEncode(sdkSigner.hash(sdkCanonicalRequest.getBytes(StandardCharsets.UTF_8)));
        String expectedSignature = sdkSigner.signString(sdkStringToSign, "testsecret");

        Map<String, String> unsignedHeaders = new HashMap<>(signedHeaders);
        assertThat(AliyunRpcSigner.v3CanonicalRequest("POST", query, unsignedHeaders,
                AliyunRpcSigner.EMPTY_PAYLOAD_SHA256)).isEqualTo(sdkCanonicalRequest);
        assertThat(authorization).isEqualTo("ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=content-type;host;"
                + "x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-security-token;x-acs-signature-nonce;"
                + "x-acs-version,Signature=" + expectedSignature);
    }

    @Test
    void percentEncodeFollowsRfc3986AsAlibabaSpecifies() {
        assertThat(AliyunRpcSigner.percentEncode("a b*c~d+e/f=g&h")).isEqualTo("a%20b%2Ac~d%2Be%2Ff%3Dg%26h");
        assertThat(AliyunRpcSigner.percentEncode("中")).isEqualTo("%E4%B8%AD");
        assertThat(AliyunRpcSigner.percentEncode("AZaz09-_.")).isEqualTo("AZaz09-_.");
    }

    private static Map<String, String> liveCreateParams() {
        Map<String, String> params = new HashMap<>();
        params.put("Action", "CreateRtcAsrTask");
        params.put("Version", "2016-11-01");
        params.put("Format", "JSON");
        params.put("AccessKeyId", "testid");
        params.put("SignatureMethod", "HMAC-SHA1");
        params.put("SignatureVersion", "1.0");
        params.put("RegionId", "cn-shanghai");
        params.put("Mode", "live");
        params.put("StreamURL", "rtmp://example.com/live/s1");
        params.put("Language", "cn");
        params.put("CallbackURL", "http://127.0.0.1:8080/cb");
        return params;
    }

    static Map<String, String> decodeQuery(URI uri) {
        return decodeForm(uri.getRawQuery());
    }

    @Test
    void v1FormBodyIsTheCanonicalQueryOfEverySentParameter() {
        AliyunRpcSigner signer = new AliyunRpcSigner(SignatureVersion.v1);
        // parameters sorting before and after "Signature", values that need encoding, with and without a token
        for (Map<String, String> apiParams : java.util.List.of(Map.of("RegionId", "cn-shanghai", "TaskId", "asr-1"),
                Map.of("A", "a b", "Sig", "x", "SignatureZ", "é*", "Zz", "~"), Map.<String, String>of())) {
            for (String token : new String[] {null, "sts/+="}) {
                HttpCall call = signer.sign(URI.create("http://127.0.0.1:8080"), "QueryRtcAsrTasks", apiParams,
                        new ApiCredentials("testid", "testsecret", token), TIMESTAMP, NONCE);
                String body = new String(call.body(), StandardCharsets.UTF_8);
                assertThat(body).as("%s %s", apiParams, token)
                        .isEqualTo(AliyunRpcSigner.canonicalQuery(new TreeMap<>(decodeForm(body))));
                Map<String, String> sent = decodeForm(body);
                String signature = sent.remove("Signature");
                assertThat(signature).isEqualTo(AliyunRpcSigner.v1Signature(AliyunRpcSigner.v1StringToSign("POST",
                        sent), "testsecret"));
            }
        }
    }

    @Test
    void percentEncodeEncodesTheUtf8BytesOfEveryCharacter() {
        for (String value : new String[] {"", "plain-._~", "a b*c/é中", "x\uD83D\uDE00y", "lone\uD83Dz", "end\uDE00",
            "2016-02-23T12:46:24Z", "%&=+\u0000\u007f\u0080\u07ff\u0800\uffff"}) {
            StringBuilder expected = new StringBuilder();
            for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
                int c = b & 0xff;
                expected.append(Character.isLetterOrDigit(c) && c < 0x80 || "-_.~".indexOf(c) >= 0 ? String.valueOf(
                        (char) c) : String.format("%%%02X", c));
            }
            assertThat(AliyunRpcSigner.percentEncode(value)).as(value).isEqualTo(expected.toString());
        }
    }

    @Test
    void withPairInsertsAtTheGivenPlace() {
        assertThat(AliyunRpcSigner.withPair("a=1&c=3", 0, "S=x")).isEqualTo("S=x&a=1&c=3");
        assertThat(AliyunRpcSigner.withPair("a=1&c=3", 1, "S=x")).isEqualTo("a=1&S=x&c=3");
        assertThat(AliyunRpcSigner.withPair("a=1&c=3", 2, "S=x")).isEqualTo("a=1&c=3&S=x");
        assertThat(AliyunRpcSigner.withPair("", 0, "S=x")).isEqualTo("S=x");
    }

    static Map<String, String> decodeForm(String encoded) {
        Map<String, String> out = new TreeMap<>();
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
