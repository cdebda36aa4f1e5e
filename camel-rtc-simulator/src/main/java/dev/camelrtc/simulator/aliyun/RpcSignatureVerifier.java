package dev.camelrtc.simulator.aliyun;

import dev.camelrtc.simulator.http.Digests;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

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
        Map<String, String> signed = new HashMap<>(params);
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
