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
package dev.camelrtc.trtc.callback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Pattern;

import org.apache.camel.Message;

import dev.camelrtc.support.callback.CallbackAuthenticator;
import dev.camelrtc.support.http.Crypto;

/**
 * TRTC's callback signature: header {@code Sign} = Base64(HMAC-SHA256(callback key, body)) over the body bytes exactly
 * as received. Compared in constant time so that response timing reveals nothing about the expected value.
 */
final class CallbackSignature implements CallbackAuthenticator {

    private static final String HMAC_SHA256 = "HmacSHA256";
    /** What of the caller's SdkAppId header may be logged: a number, nothing that could forge log lines. */
    private static final Pattern SDK_APP_ID = Pattern.compile("\\d{1,20}");

    private final byte[] key;

    CallbackSignature(String callbackSecret) {
        this.key = callbackSecret.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String rejection(Message request, byte[] body) {
        String sign = request.getHeader("Sign", String.class);
        if (verify(body, sign)) {
            return null;
        }
        String sdkAppId = request.getHeader("SdkAppId", String.class);
        return (sign == null || sign.isBlank() ? "missing" : "wrong") + " Sign header (SdkAppId "
               + (sdkAppId != null && SDK_APP_ID.matcher(sdkAppId).matches() ? sdkAppId : "not a number") + ")";
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
        return Crypto.hmac(HMAC_SHA256, key, body);
    }

    @Override
    public String toString() {
        return "CallbackSignature[HmacSHA256]";
    }
}
