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

/**
 * An HTTP response as received.
 *
 * @param status      HTTP status code
 * @param contentType the Content-Type header, or null
 * @param body        body bytes, never null
 */
public record HttpReply(int status, String contentType, byte[] body) {

    public HttpReply {
        body = body == null ? new byte[0] : body;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The start of the body, for error messages about responses that could not be parsed. */
    public String bodySnippet(int maxChars) {
        String text = bodyText().replaceAll("\\s+", " ").trim();
        return text.length() <= maxChars ? text : text.substring(0, maxChars) + "...";
    }

    /**
     * What a reply that is not the API's JSON response looks like, for error messages: the status, and the body's
     * content type and start (or that it was empty).
     */
    public String describeUnreadable(String apiName) {
        String kind = body.length == 0 ? "an empty body"
                : "a body that is not " + apiName + " JSON response (" + (contentType == null ? "no content type"
                        : contentType) + "): " + bodySnippet(120);
        return "HTTP " + status + " with " + kind;
    }

    public boolean isJson() {
        return contentType != null && contentType.toLowerCase().contains("json");
    }
}
