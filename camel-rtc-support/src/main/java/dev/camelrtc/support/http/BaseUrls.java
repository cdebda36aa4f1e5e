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

/** The {@code endpoint} option of the components: a host name (HTTPS) or an http(s) base URL. */
public final class BaseUrls {

    private BaseUrls() {
    }

    /**
     * Parses an endpoint option: blank gives {@code defaultUrl}; a bare host name gets {@code https://}. Fails with
     * an IllegalArgumentException prefixed by the component's scheme for anything that is not an http(s) URL.
     */
    public static URI parse(String option, String defaultUrl, String scheme) {
        String value = option == null || option.isBlank() ? defaultUrl : option.trim();
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
