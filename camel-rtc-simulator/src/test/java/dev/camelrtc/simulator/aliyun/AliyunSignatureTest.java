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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import dev.camelrtc.simulator.http.Digests;

import static org.assertj.core.api.Assertions.assertThat;

/** Published Alibaba vectors (reference/alibaba-live.md §2a, §2b, §2d) against the simulator's verifiers. */
class AliyunSignatureTest {

    @Test
    void rpcV1PublishedVector() {
        Map<String, String> params = new TreeMap<>(Map.of(
                "AccessKeyId", "testid", "Action", "DescribeRegions", "Format", "XML",
                "SignatureMethod", "HMAC-SHA1", "SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
                "SignatureVersion", "1.0", "Timestamp", "2016-02-23T12:46:24Z", "Version", "2014-05-26"));
        params.put("Signature", "ignored-when-signing");
        String sts = RpcSignatureVerifier.stringToSign("GET", params);
        assertThat(sts).isEqualTo("GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML"
                + "%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"
                + "%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26");
        assertThat(RpcSignatureVerifier.sign("testsecret", sts)).isEqualTo("OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
        assertThat(RpcSignatureVerifier.matches("testsecret", sts, "OLeaidS1JvxuMvnyHOwuJ+uX5qY=")).isTrue();
        assertThat(RpcSignatureVerifier.matches("othersecret", sts, "OLeaidS1JvxuMvnyHOwuJ+uX5qY=")).isFalse();
    }

    @Test
    void liveCreateRtcAsrTaskVector() {
        Map<String, String> params = new TreeMap<>();
        params.put("Action", "CreateRtcAsrTask");
        params.put("Version", "2016-11-01");
        params.put("Format", "JSON");
        params.put("AccessKeyId", "testid");
        params.put("SignatureMethod", "HMAC-SHA1");
        params.put("SignatureVersion", "1.0");
        params.put("SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf");
        params.put("Timestamp", "2016-02-23T12:46:24Z");
        params.put("RegionId", "cn-shanghai");
        params.put("Mode", "live");
        params.put("StreamURL", "rtmp://example.com/live/s1");
        params.put("Language", "cn");
        params.put("CallbackURL", "http://127.0.0.1:8080/cb");
        assertThat(RpcSignatureVerifier.sign("testsecret", RpcSignatureVerifier.stringToSign("POST", params)))
                .isEqualTo("GWLaMzOPz0+LScWJWShY5iNWLHQ=");
    }

    @Test
    void percentEncodingRules() {
        assertThat(AliyunPercentEncoder.encode("a b*c~d/é")).isEqualTo("a%20b%2Ac~d%2F%C3%A9");
        assertThat(AliyunPercentEncoder.canonicalQuery(Map.of("b", "", "a", "1"))).isEqualTo("a=1&b=");
    }

    @Test
    void acs3PublishedVector() {
        String empty = Digests.sha256Hex(new byte[0]);
        assertThat(empty).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        Map<String, String> headers = Map.of(
                "host", "ecs.cn-shanghai.aliyuncs.com",
                "x-acs-action", "RunInstances",
                "x-acs-version", "2014-05-26",
                "x-acs-date", "2023-10-26T10:22:32Z",
                "x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d",
                "x-acs-content-sha256", empty);
        String authorization = "ACS3-HMAC-SHA256 Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0,"
                + "Credential=YourAccessKeyId,"
                + " SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version";
        Acs3SignatureVerifier.Authorization auth = Acs3SignatureVerifier.parse(authorization);
        assertThat(auth.accessKeyId()).isEqualTo("YourAccessKeyId");
        assertThat(auth.signedHeaders()).containsExactly("host", "x-acs-action", "x-acs-content-sha256", "x-acs-date",
                "x-acs-signature-nonce", "x-acs-version");
        String canonical = Acs3SignatureVerifier.canonicalRequest("POST",
                Map.of("ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd", "RegionId", "cn-shanghai"),
                auth.signedHeaders(), headers::get, empty);
        assertThat(Digests.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259");
        String sts = Acs3SignatureVerifier.stringToSign(canonical);
        assertThat(Acs3SignatureVerifier.sign("YourAccessKeySecret", sts))
                .isEqualTo("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0");
        assertThat(Acs3SignatureVerifier.matches("YourAccessKeySecret", sts, auth.signature())).isTrue();
        assertThat(Acs3SignatureVerifier.matches("YourAccessKeySecret", sts,
                auth.signature().replace('6', '7'))).isFalse();
        // exactly the given SignedHeaders: dropping host changes the canonical request
        assertThat(Acs3SignatureVerifier.canonicalRequest("POST", Map.of(), List.of("x-acs-date"), headers::get, empty))
                .isEqualTo("POST\n/\n\nx-acs-date:2023-10-26T10:22:32Z\n\nx-acs-date\n" + empty);
    }
}
