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
package dev.camelrtc.simulator.aliyun;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Alibaba's percent-encoding for signatures (reference/alibaba-live.md §2a): UTF-8, {@code A-Z a-z 0-9 - _ . ~} kept,
 * everything else {@code %XX} upper-case (space → %20, * → %2A).
 */
final class AliyunPercentEncoder {

    private AliyunPercentEncoder() {
    }

    static String encode(String value) {
        if (isUnreserved(value)) {
            return value; // most names and values (ids, actions, versions) are kept as they are
        }
        StringBuilder sb = new StringBuilder(value.length() + 16);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (unreserved(c)) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }

    /** {@code k=v&k2=v2} sorted by name (Java String order), names and values encoded; empty values give {@code k=}. */
    static String canonicalQuery(Map<String, String> params) {
        SortedMap<String, String> sorted = params instanceof SortedMap<String, String> s && s.comparator() == null ? s
                : new TreeMap<>(params);
        StringBuilder out = new StringBuilder(64 * sorted.size());
        sorted.forEach((k, v) -> {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(encode(k)).append('=').append(encode(v == null ? "" : v));
        });
        return out.toString();
    }

    private static boolean isUnreserved(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (!unreserved(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean unreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                || c == '.' || c == '~';
    }
}
