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
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hash and MAC primitives the vendors' signers are built from. Each thread keeps its own {@link MessageDigest} and
 * {@link Mac} instances (they are not thread-safe): {@code getInstance} searches the security providers and builds a
 * new instance on every call, and a TC3 signature made six of them (issue 12). A thread's MAC stays initialised with
 * the last key it was given, since signers sign with the same key call after call.
 */
public final class Crypto {

    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final ThreadLocal<Map<String, MessageDigest>> DIGESTS = ThreadLocal.withInitial(HashMap::new);
    private static final ThreadLocal<Map<String, KeyedMac>> MACS = ThreadLocal.withInitial(HashMap::new);

    /** A thread's MAC of one algorithm and a copy of the key it is initialised with. */
    private static final class KeyedMac {
        private final Mac mac;
        private byte[] key;

        KeyedMac(Mac mac) {
            this.mac = mac;
        }
    }

    private Crypto() {
    }

    /** SHA-256 of the data. */
    public static byte[] sha256(byte[] data) {
        return digest("SHA-256").digest(data);
    }

    /** Lower-case hex of SHA-256. */
    public static String sha256Hex(byte[] data) {
        return hex(sha256(data));
    }

    /** Lower-case hex of MD5 (Alibaba's RtcAsr callback signature; not for anything new). */
    public static String md5Hex(byte[] data) {
        return hex(digest("MD5").digest(data));
    }

    private static MessageDigest digest(String algorithm) {
        Map<String, MessageDigest> digests = DIGESTS.get();
        MessageDigest digest = digests.get(algorithm);
        if (digest == null) {
            try {
                digest = MessageDigest.getInstance(algorithm);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(algorithm + " is not available in this JVM", e);
            }
            digests.put(algorithm, digest);
        }
        return digest;
    }

    /** The MAC ({@code HmacSHA256}, {@code HmacSHA1}) of the message's UTF-8 bytes under the key. */
    public static byte[] hmac(String algorithm, byte[] key, String message) {
        return hmac(algorithm, key, message.getBytes(StandardCharsets.UTF_8));
    }

    /** The MAC ({@code HmacSHA256}, {@code HmacSHA1}) of the message under the key. */
    public static byte[] hmac(String algorithm, byte[] key, byte[] message) {
        Map<String, KeyedMac> macs = MACS.get();
        KeyedMac keyed = macs.get(algorithm);
        try {
            if (keyed == null) {
                keyed = new KeyedMac(Mac.getInstance(algorithm));
                macs.put(algorithm, keyed);
            }
            if (Arrays.equals(keyed.key, key)) {
                // same key: a reset instance (doFinal resets it; reset also clears what an earlier failure left)
                keyed.mac.reset();
            } else {
                keyed.key = null;
                keyed.mac.init(new SecretKeySpec(key, algorithm));
                keyed.key = key.clone();
            }
            return keyed.mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available in this JVM", e);
        }
    }

    // HexFormat's formatHex was a sixth of a TC3 signature's CPU (issue 12)

    /** Lower-case hex of the bytes. */
    public static String hex(byte[] bytes) {
        byte[] out = new byte[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX_DIGITS[(bytes[i] >> 4) & 0xf];
            out[2 * i + 1] = HEX_DIGITS[bytes[i] & 0xf];
        }
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    /** Appends the lower-case hex of the bytes. */
    public static StringBuilder appendHex(StringBuilder out, byte[] bytes) {
        return out.append(hex(bytes)); // one copy of a Latin-1 string is cheaper than appending char by char
    }
}
