package dev.camelrtc.trtc.callback;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * TRTC's callback signature: header {@code Sign} = Base64(HMAC-SHA256(callback key, body)) over the body bytes exactly
 * as received. Compared in constant time so that response timing reveals nothing about the expected value.
 */
final class CallbackSignature {

    private static final String HMAC_SHA256 = "HmacSHA256";

    private final SecretKeySpec key;

    CallbackSignature(String callbackSecret) {
        this.key = new SecretKeySpec(callbackSecret.getBytes(StandardCharsets.UTF_8), HMAC_SHA256);
    }

    /** Whether {@code sign} (the header value, may be null) is the signature of {@code body}. */
    boolean verify(byte[] body, String sign) {
        if (sign == null || sign.isBlank()) {
            return false;
        }
        byte[] expected = Base64.getEncoder().encode(sign(body));
        return MessageDigest.isEqual(expected, sign.trim().getBytes(StandardCharsets.US_ASCII));
    }

    byte[] sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA256);
            mac.init(key);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "CallbackSignature[HmacSHA256]";
    }
}
