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

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** The {@code endpoint} option of the components: a host name (HTTPS) or an http(s) base URL. */
public final class BaseUrls {

    private static final Pattern ENCODED_URL = Pattern.compile("https?%3A%2F%2F", Pattern.CASE_INSENSITIVE);

    private BaseUrls() {
    }

    /**
     * Parses an endpoint option: blank gives {@code defaultUrl}; a bare host name gets {@code https://}; a URL that
     * arrives URL-encoded ({@code http%3A%2F%2Fhost...}, as Camel 4.18 passes a Pipe's properties) is decoded. Fails
     * with an IllegalArgumentException prefixed by the component's scheme for anything that is not an http(s) URL.
     */
    public static URI parse(String option, String defaultUrl, String scheme) {
        String value = option == null || option.isBlank() ? defaultUrl : option.trim();
        if (ENCODED_URL.matcher(value).lookingAt()) {
            value = URLDecoder.decode(value, StandardCharsets.UTF_8);
        }
        if (!value.contains("://")) {
            value = "https://" + value;
        }
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(scheme + ": invalid endpoint option '" + value + "'", e);
        }
        if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            throw new IllegalArgumentException(scheme + ": invalid endpoint option '" + value
                    + "': expected a host name or an http(s) URL");
        }
        return uri;
    }
}
