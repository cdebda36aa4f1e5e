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

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One received HTTP request, detached from the server (so verifiers can be unit-tested without sockets).
 *
 * @param rawPath  path of the request target, "/" when empty; for an absolute-form target ({@code POST http://host/})
 *                 only its path
 * @param rawQuery raw (still percent-encoded) query, or null
 * @param headers  the headers, by case-insensitive name
 * @param body     the body, an empty array for none
 */
public record SimRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body,
                         InetAddress remoteAddress) {

    public SimRequest {
        rawPath = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        TreeMap<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> {
            if (k != null) {
                h.put(k, List.copyOf(v));
            }
        });
        headers = Collections.unmodifiableMap(h);
        body = body == null ? new byte[0] : body;
    }

    /** First value of a header (case-insensitive name), or null. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** True for {@code Content-Type: application/x-www-form-urlencoded} bodies. */
    public boolean isFormBody() {
        String ct = header("Content-Type");
        return ct != null && ct.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }
}
