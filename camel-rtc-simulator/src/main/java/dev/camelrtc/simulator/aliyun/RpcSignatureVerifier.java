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
import java.util.Base64;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import dev.camelrtc.simulator.http.Digests;

/**
 * Classic Alibaba RPC signature (SignatureMethod HMAC-SHA1, SignatureVersion 1.0): over all received parameters (query
 * and urlencoded form body merged) except {@code Signature},
 * {@code StringToSign = METHOD & %2F & percentEncode(sorted k=v joined by &)},
 * {@code Signature = Base64(HMAC-SHA1(secret + "&", StringToSign))}.
 */
public final class RpcSignatureVerifier {

    private RpcSignatureVerifier() {
    }

    public static String stringToSign(String method, Map<String, String> params) {
        SortedMap<String, String> signed = new TreeMap<>(params);
        signed.remove("Signature");
        return method + "&" + AliyunPercentEncoder.encode("/") + "&"
                + AliyunPercentEncoder.encode(AliyunPercentEncoder.canonicalQuery(signed));
    }

    public static String sign(String accessKeySecret, String stringToSign) {
        return Base64.getEncoder().encodeToString(
                Digests.hmac("HmacSHA1", (accessKeySecret + "&").getBytes(StandardCharsets.UTF_8), stringToSign));
    }

    /** True when {@code signature} is the signature of {@code stringToSign} with that secret. */
    public static boolean matches(String accessKeySecret, String stringToSign, String signature) {
        return Digests.sameAscii(sign(accessKeySecret, stringToSign), signature);
    }
}
