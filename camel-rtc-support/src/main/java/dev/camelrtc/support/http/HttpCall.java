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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One signed HTTP request, ready to send: the vendor signers produce it, {@link RtcHttpTransport} sends it.
 *
 * @param method      HTTP method
 * @param uri         absolute URI
 * @param headers     headers in the order they are sent (Host is derived from the URI by the client)
 * @param body        request body bytes, never null (empty for no body)
 * @param contentType exact Content-Type header value that was signed, or null without a body
 */
public record HttpCall(String method, URI uri, Map<String, String> headers, byte[] body, String contentType) {

    public HttpCall {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        body = body == null ? new byte[0] : body;
    }

    /**
     * The Host header value the HTTP client sends for this URI (host, plus the port when the URI names one): the
     * value a signature over the {@code host} header must use.
     */
    public static String hostHeader(URI uri) {
        return uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    @Override
    public String toString() {
        // headers and the query (Alibaba RPC) may hold signatures and tokens: never print them
        return method + " " + uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath() + " (" + body.length
                + " bytes)";
    }
}
