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

import java.util.function.Function;

/**
 * The parts of an Authorization header as TC3-HMAC-SHA256 and ACS3-HMAC-SHA256 write it:
 * {@code ALGORITHM Credential=..., SignedHeaders=..., Signature=...}, in any order. A part the header lacks is null;
 * what each part must hold is the verifier's to check.
 */
public record AuthorizationParts(String credential, String signedHeaders, String signature) {

    /** Splits {@code header}; a wrong algorithm or a malformed or unknown part throws {@code error} of a message. */
    public static AuthorizationParts parse(String header, String algorithm, Function<String, ApiError> error) {
        String h = header.trim();
        if (!h.startsWith(algorithm) || h.length() == algorithm.length() || h.charAt(algorithm.length()) != ' ') {
            throw error.apply("The Authorization header must use the " + algorithm + " algorithm.");
        }
        String credential = null;
        String signedHeaders = null;
        String signature = null;
        for (String part : h.substring(algorithm.length()).split(",")) {
            String p = part.trim();
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw error.apply("Malformed Authorization header.");
            }
            String name = p.substring(0, eq).trim();
            String value = p.substring(eq + 1).trim();
            switch (name) {
                case "Credential" -> credential = value;
                case "SignedHeaders" -> signedHeaders = value;
                case "Signature" -> signature = value;
                default -> throw error.apply("Malformed Authorization header: unknown part `" + name + "`.");
            }
        }
        return new AuthorizationParts(credential, signedHeaders, signature);
    }
}
