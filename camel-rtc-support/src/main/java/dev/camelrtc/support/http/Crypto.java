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
package dev.camelrtc.support.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The hash and MAC primitives the vendors' signers are built from. */
public final class Crypto {

    private static final HexFormat HEX = HexFormat.of();

    private Crypto() {
    }

    /** Lower-case hex of SHA-256. */
    public static String sha256Hex(byte[] data) {
        return digestHex("SHA-256", data);
    }

    /** Lower-case hex of MD5 (Alibaba's RtcAsr callback signature; not for anything new). */
    public static String md5Hex(byte[] data) {
        return digestHex("MD5", data);
    }

    private static String digestHex(String algorithm, byte[] data) {
        try {
            return HEX.formatHex(MessageDigest.getInstance(algorithm).digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available in this JVM", e);
        }
    }

    /** The MAC ({@code HmacSHA256}, {@code HmacSHA1}) of the message's UTF-8 bytes under the key. */
    public static byte[] hmac(String algorithm, byte[] key, String message) {
        return hmac(algorithm, key, message.getBytes(StandardCharsets.UTF_8));
    }

    /** The MAC ({@code HmacSHA256}, {@code HmacSHA1}) of the message under the key. */
    public static byte[] hmac(String algorithm, byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available in this JVM", e);
        }
    }

    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }
}
