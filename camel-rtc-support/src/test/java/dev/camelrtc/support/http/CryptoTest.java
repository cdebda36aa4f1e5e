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
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CryptoTest {

    @Test
    void hexIsLowerCaseHexOfEveryByte() {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        assertThat(Crypto.hex(all)).isEqualTo(HexFormat.of().formatHex(all));
        assertThat(Crypto.appendHex(new StringBuilder("x"), new byte[] {(byte) 0xab, 0x01}).toString())
                .isEqualTo("xab01");
        assertThat(Crypto.hex(new byte[0])).isEmpty();
    }

    @Test
    void hmacOfAThreadKeepingItsMacIsTheMacOfAFreshInstanceWhateverTheKeyOrder() throws Exception {
        byte[] k1 = "key-one".getBytes(StandardCharsets.UTF_8);
        byte[] k2 = "key-two".getBytes(StandardCharsets.UTF_8);
        for (byte[] key : new byte[][] {k1, k1, k2, k1, k2, k2}) {
            for (String algorithm : new String[] {"HmacSHA256", "HmacSHA1"}) {
                Mac fresh = Mac.getInstance(algorithm);
                fresh.init(new SecretKeySpec(key, algorithm));
                assertThat(Crypto.hmac(algorithm, key, "message")).isEqualTo(
                        fresh.doFinal("message".getBytes(StandardCharsets.UTF_8)));
            }
        }
        byte[] mutable = k1.clone();
        Crypto.hmac("HmacSHA256", mutable, "m");
        mutable[0] ^= 1; // the same array with other contents is another key
        Mac fresh = Mac.getInstance("HmacSHA256");
        fresh.init(new SecretKeySpec(mutable, "HmacSHA256"));
        assertThat(Crypto.hmac("HmacSHA256", mutable, "m")).isEqualTo(fresh.doFinal("m".getBytes(StandardCharsets.UTF_8)));
    }
}
