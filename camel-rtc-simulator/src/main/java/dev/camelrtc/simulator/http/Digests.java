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
package dev.camelrtc.simulator.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SHA-256, MD5 and HMAC helpers shared by the signature code of both vendors. Each thread keeps its own
 * {@link MessageDigest} and {@link Mac} per algorithm (they are not thread-safe): {@code getInstance} searches the
 * security providers on every call, which was a visible share of the simulator's CPU per call at load (issue 12).
 */
public final class Digests {

    private static final HexFormat HEX = HexFormat.of();
    private static final ThreadLocal<Map<String, MessageDigest>> DIGESTS = ThreadLocal.withInitial(HashMap::new);
    private static final ThreadLocal<Map<String, KeyedMac>> MACS = ThreadLocal.withInitial(HashMap::new);

    private Digests() {
    }

    /** Lower-case hex SHA-256. */
    public static String sha256Hex(byte[] data) {
        return HEX.formatHex(digest("SHA-256").digest(data));
    }

    /** Lower-case hex MD5 of a UTF-8 text. */
    public static String md5Hex(String text) {
        return HEX.formatHex(digest("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** HMAC ({@code HmacSHA1}, {@code HmacSHA256}) of a UTF-8 message; {@code key} must not change afterwards. */
    public static byte[] hmac(String algorithm, byte[] key, String message) {
        Map<String, KeyedMac> macs = MACS.get();
        try {
            KeyedMac keyed = macs.get(algorithm);
            if (keyed == null) {
                keyed = new KeyedMac(Mac.getInstance(algorithm));
                macs.put(algorithm, keyed);
            }
            return keyed.with(key, algorithm).doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A thread's {@link Mac} of one algorithm and the key it was last initialised with: a cached signing key (the
     * same array call after call) is used again without a new key spec and key schedule.
     */
    private static final class KeyedMac {
        private final Mac mac;
        private byte[] key;

        KeyedMac(Mac mac) {
            this.mac = mac;
        }

        Mac with(byte[] newKey, String algorithm) throws GeneralSecurityException {
            if (newKey == key) {
                mac.reset(); // clean again if an earlier failure left it half-used
            } else {
                key = null; // a failing init must not leave the old key marked as current
                mac.init(new SecretKeySpec(newKey, algorithm));
                key = newKey;
            }
            return mac;
        }
    }

    private static MessageDigest digest(String algorithm) {
        Map<String, MessageDigest> digests = DIGESTS.get();
        MessageDigest digest = digests.get(algorithm);
        if (digest == null) {
            try {
                digest = MessageDigest.getInstance(algorithm);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
            digests.put(algorithm, digest);
        }
        return digest;
    }

    /** Constant-time comparison of two ASCII strings (null never equals). */
    public static boolean sameAscii(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
