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
package dev.camelrtc.simulator.trtc;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import com.tencentcloudapi.common.Sign;

/**
 * Test-side TC3 signer and sender, built on the official SDK's {@link Sign} HMAC/SHA helpers (not on the simulator's
 * verifier), for requests the SDK cannot make: old timestamps, odd headers, raw bodies. Talks to the simulator
 * directly with {@code Host: trtc.tencentcloudapi.com}-style signing via an explicit host value.
 */
final class RawTrtcClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final String secretId;
    private final String secretKey;

    RawTrtcClient(int port, String secretId, String secretKey) {
        this.port = port;
        this.secretId = secretId;
        this.secretKey = secretKey;
    }

    HttpResponse<String> send(String action, String body, long timestamp, String region) throws Exception {
        return send(action, body.getBytes(StandardCharsets.UTF_8), timestamp, region);
    }

    /** As {@link #send(String, String, long, String)} with the body's exact bytes (e.g. invalid UTF-8). */
    HttpResponse<String> send(String action, byte[] body, long timestamp, String region) throws Exception {
        String host = "127.0.0.1:" + port;
        String contentType = "application/json; charset=utf-8";
        String date = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC)
                .format(Instant.ofEpochSecond(timestamp));
        String canonical = "POST\n/\n\ncontent-type:" + contentType + "\nhost:" + host + "\n\ncontent-type;host\n"
                + Sign.sha256Hex(body);
        String scope = date + "/trtc/tc3_request";
        String sts = "TC3-HMAC-SHA256\n" + timestamp + "\n" + scope + "\n" + Sign.sha256Hex(canonical);
        byte[] k = Sign.hmac256(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        k = Sign.hmac256(k, "trtc");
        k = Sign.hmac256(k, "tc3_request");
        String signature = HexFormat.of().formatHex(Sign.hmac256(k, sts));
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create("http://" + host + "/"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .header("Authorization", "TC3-HMAC-SHA256 Credential=" + secretId + "/" + scope
                        + ", SignedHeaders=content-type;host, Signature=" + signature)
                .header("X-TC-Action", action)
                .header("X-TC-Timestamp", Long.toString(timestamp))
                .header("X-TC-Version", "2019-07-22")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (region != null) {
            req.header("X-TC-Region", region);
        }
        return http.send(req.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(String action, String body) throws Exception {
        return send(action, body, Instant.now().getEpochSecond(), "ap-guangzhou");
    }
}
