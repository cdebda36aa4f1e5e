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

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Authorization header's parts, read by index: the same results as splitting at commas and trimming. */
class AuthorizationPartsTest {

    private static final String ALG = "TC3-HMAC-SHA256";

    @Test
    void readsThePartsInAnyOrderTrimmed() {
        assertThat(parse(ALG + " Credential=AKID/2026-12-01/trtc/tc3_request, SignedHeaders=content-type;host, "
                + "Signature=abc")).isEqualTo(new AuthorizationParts("AKID/2026-12-01/trtc/tc3_request",
                        "content-type;host", "abc"));
        assertThat(parse("  " + ALG + "   Signature = abc ,Credential=a\t,SignedHeaders=h  "))
                .isEqualTo(new AuthorizationParts("a", "h", "abc"));
        assertThat(parse(ALG + " Signature=")).isEqualTo(new AuthorizationParts(null, null, ""));
        // trailing empty parts are ignored, as String.split ignores them
        assertThat(parse(ALG + " Credential=a,,,")).isEqualTo(new AuthorizationParts("a", null, null));
    }

    @Test
    void refusesAnotherAlgorithmAndMalformedParts() {
        assertError(ALG, "must use the " + ALG + " algorithm");
        assertError(ALG + "X Credential=a", "must use the " + ALG + " algorithm");
        assertError(ALG + " Credential=a,,Signature=b", "Malformed Authorization header.");
        assertError(ALG + " Credential=a, ,Signature=b", "Malformed Authorization header.");
        assertError(ALG + " Credential", "Malformed Authorization header.");
        assertError(ALG + " =x", "Malformed Authorization header.");
        assertError(ALG + " ,", "Malformed Authorization header.");
        assertError(ALG + " Credential=a, Foo =1", "unknown part `Foo`");
    }

    private static AuthorizationParts parse(String header) {
        return AuthorizationParts.parse(header, ALG, message -> new ApiError("Invalid", message));
    }

    private static void assertError(String header, String message) {
        assertThatThrownBy(() -> parse(header)).isInstanceOf(ApiError.class).hasMessageContaining(message);
    }
}
