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
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jetty.http.HttpFields;

/**
 * One received HTTP request, detached from the server's connection (so verifiers can be unit-tested without sockets).
 * The headers are the server's own read-only fields of the request, not a copy: Jetty's parser built them once.
 *
 * @param rawPath  path of the request target, "/" when empty; for an absolute-form target ({@code POST http://host/})
 *                 only its path
 * @param rawQuery raw (still percent-encoded) query, or null
 * @param headers  the headers, read-only, looked up by case-insensitive name
 * @param body     the body, an empty array for none
 */
public record SimRequest(String method, String rawPath, String rawQuery, HttpFields headers, byte[] body,
                         InetAddress remoteAddress) {

    public SimRequest {
        rawPath = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        headers = headers == null ? HttpFields.EMPTY : headers.asImmutable();
        body = body == null ? new byte[0] : body;
    }

    /** A request with headers given as a map (tests). */
    public SimRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body,
                      InetAddress remoteAddress) {
        this(method, rawPath, rawQuery, fields(headers), body, remoteAddress);
    }

    private static HttpFields fields(Map<String, List<String>> headers) {
        HttpFields.Mutable fields = HttpFields.build();
        headers.forEach((name, values) -> {
            if (name != null) {
                values.forEach(value -> fields.add(name, value));
            }
        });
        return fields.asImmutable();
    }

    /** First value of a header (case-insensitive name), or null. */
    public String header(String name) {
        return headers.get(name);
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
