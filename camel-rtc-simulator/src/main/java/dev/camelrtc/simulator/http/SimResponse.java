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

import java.nio.charset.StandardCharsets;

/** What the server writes back: status, content type and body, or "drop the connection". */
public final class SimResponse {

    private final int status;
    private final String contentType;
    private final byte[] body;
    private final boolean dropConnection;

    private SimResponse(int status, String contentType, byte[] body, boolean dropConnection) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
        this.dropConnection = dropConnection;
    }

    public static SimResponse of(int status, String contentType, String body) {
        return new SimResponse(status, contentType, body.getBytes(StandardCharsets.UTF_8), false);
    }

    public static SimResponse of(int status, String contentType, byte[] body) {
        return new SimResponse(status, contentType, body, false);
    }

    public static SimResponse json(int status, String body) {
        return of(status, "application/json", body);
    }

    /** Close the socket without writing a response. */
    public static SimResponse drop() {
        return new SimResponse(0, null, new byte[0], true);
    }

    /** An HTML page as a reverse proxy would send it (e.g. 502 Bad Gateway). */
    public static SimResponse gatewayPage(int status) {
        String reason = reason(status);
        String html = "<html>\r\n<head><title>" + status + " " + reason + "</title></head>\r\n<body>\r\n<center><h1>"
                + status + " " + reason + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
        return of(status, "text/html", html);
    }

    public SimResponse withContentType(String newContentType) {
        return new SimResponse(status, newContentType, body, dropConnection);
    }

    public SimResponse withBody(byte[] newBody) {
        return new SimResponse(status, contentType, newBody, dropConnection);
    }

    public int status() {
        return status;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] body() {
        return body;
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public boolean dropConnection() {
        return dropConnection;
    }

    private static String reason(int status) {
        switch (status) {
            case 400: return "Bad Request";
            case 403: return "Forbidden";
            case 404: return "Not Found";
            case 408: return "Request Timeout";
            case 429: return "Too Many Requests";
            case 500: return "Internal Server Error";
            case 502: return "Bad Gateway";
            case 503: return "Service Temporarily Unavailable";
            case 504: return "Gateway Time-out";
            default: return "Error";
        }
    }
}
