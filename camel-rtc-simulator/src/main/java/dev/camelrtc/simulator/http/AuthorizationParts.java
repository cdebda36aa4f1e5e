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
        // the comma-separated parts after the algorithm, each trimmed, read by index (no split and trim copies);
        // trailing empty parts are ignored, as String.split ignores them
        int end = h.length();
        while (h.charAt(end - 1) == ',') {
            end--;
        }
        for (int start = algorithm.length(); start <= end; ) {
            int comma = h.indexOf(',', start);
            if (comma < 0 || comma > end) {
                comma = end;
            }
            int from = skipSpace(h, start, comma);
            int to = trimEnd(h, from, comma);
            int eq = h.indexOf('=', from);
            if (eq <= from || eq >= to) {
                throw error.apply("Malformed Authorization header.");
            }
            int nameEnd = trimEnd(h, from, eq);
            String value = h.substring(skipSpace(h, eq + 1, to), to);
            if (is(h, from, nameEnd, "Credential")) {
                credential = value;
            } else if (is(h, from, nameEnd, "SignedHeaders")) {
                signedHeaders = value;
            } else if (is(h, from, nameEnd, "Signature")) {
                signature = value;
            } else {
                throw error.apply("Malformed Authorization header: unknown part `" + h.substring(from, nameEnd) + "`.");
            }
            start = comma + 1;
        }
        return new AuthorizationParts(credential, signedHeaders, signature);
    }

    private static boolean is(String h, int from, int to, String name) {
        return to - from == name.length() && h.startsWith(name, from);
    }

    /** The first index in [from, to) that is not whitespace ({@link String#trim()}'s, chars up to ' '), or to. */
    private static int skipSpace(String h, int from, int to) {
        while (from < to && h.charAt(from) <= ' ') {
            from++;
        }
        return from;
    }

    /** The end of [from, to) without its trailing whitespace. */
    private static int trimEnd(String h, int from, int to) {
        while (to > from && h.charAt(to - 1) <= ' ') {
            to--;
        }
        return to;
    }
}
