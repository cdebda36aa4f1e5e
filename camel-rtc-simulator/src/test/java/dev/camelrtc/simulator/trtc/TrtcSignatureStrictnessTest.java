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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tencentcloudapi.common.Sign;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.simulator.http.Json;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TC3 requests signed over real HTTP with the official SDK's {@link Sign} primitives, then changed after signing:
 * every change is refused with the code Tencent Cloud documents, and the unchanged request passes authentication.
 * The simulator's clock is fixed, so that the five-minute window is tested at its exact edges.
 */
class TrtcSignatureStrictnessTest {

    private static final String SECRET_ID = "AKIDstrictness000000000000000000000";
    private static final String SECRET_KEY = "strictnessSecretKey0000000000000";
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @RegisterExtension
    static final RtcSimulatorExtension SIM = RtcSimulatorExtension.builder().tencentKey(SECRET_ID, SECRET_KEY)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String CONTENT_TYPE = "application/json; charset=utf-8";
    private static final String BODY = "{\"TaskId\":\"no-such-task\"}";

    /** What gets signed; {@link #send} may send something else. */
    private record Signed(String service, long timestamp, String scopeDate, String host, String contentType,
                          String body) {

        static Signed valid() {
            return at(NOW.getEpochSecond());
        }

        static Signed at(long timestamp) {
            return new Signed("trtc", timestamp, utcDate(timestamp), "127.0.0.1:" + SIM.simulator().port(),
                    CONTENT_TYPE, BODY);
        }

        Signed service(String other) {
            return new Signed(other, timestamp, scopeDate, host, contentType, body);
        }

        Signed scopeDate(String other) {
            return new Signed(service, timestamp, other, host, contentType, body);
        }

        Signed host(String other) {
            return new Signed(service, timestamp, scopeDate, other, contentType, body);
        }

        String authorization() throws Exception {
            String canonical = "POST\n/\n\ncontent-type:" + contentType + "\nhost:" + host + "\n\ncontent-type;host\n"
                    + Sign.sha256Hex(body.getBytes(StandardCharsets.UTF_8));
            String scope = scopeDate + "/" + service + "/tc3_request";
            String stringToSign = "TC3-HMAC-SHA256\n" + timestamp + "\n" + scope + "\n" + Sign.sha256Hex(canonical);
            byte[] key = Sign.hmac256(("TC3" + SECRET_KEY).getBytes(StandardCharsets.UTF_8), scopeDate);
            key = Sign.hmac256(key, service);
            key = Sign.hmac256(key, "tc3_request");
            return "TC3-HMAC-SHA256 Credential=" + SECRET_ID + "/" + scope
                    + ", SignedHeaders=content-type;host, Signature="
                    + HexFormat.of().formatHex(Sign.hmac256(key, stringToSign));
        }
    }

    private static String utcDate(long timestamp) {
        return DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(Instant.ofEpochSecond(timestamp));
    }

    /** Sends what was signed, except for the given content type, body and region. */
    private static JsonNode send(Signed signed, String contentType, String body, String region) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(SIM.simulator().baseUrl() + "/"))
                .header("Content-Type", contentType)
                .header("Authorization", signed.authorization())
                .header("X-TC-Action", "DescribeAITranscription")
                .header("X-TC-Timestamp", Long.toString(signed.timestamp()))
                .header("X-TC-Version", "2019-07-22")
                .header("X-TC-Region", region)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return Json.MAPPER.readTree(response.body()).path("Response");
    }

    private static JsonNode send(Signed signed) throws Exception {
        return send(signed, signed.contentType(), signed.body(), "ap-guangzhou");
    }

    private static String code(JsonNode response) {
        return response.path("Error").path("Code").asText();
    }

    @Test
    void unchangedRequestPassesAuthenticationAndReachesTheTaskLookup() throws Exception {
        assertThat(code(send(Signed.valid()))).isEqualTo("FailedOperation.TaskNotExist");
    }

    @Test
    void bodyChangedAfterSigningIsSignatureFailure() throws Exception {
        JsonNode response = send(Signed.valid(), CONTENT_TYPE, "{\"TaskId\":\"another-task\"}", "ap-guangzhou");
        assertThat(code(response)).isEqualTo("AuthFailure.SignatureFailure");
        assertThat(response.path("RequestId").asText()).isNotEmpty();
    }

    @Test
    void signedHeaderChangedAfterSigningIsSignatureFailure() throws Exception {
        // Content-Type sent differs from the signed one (still a JSON type the API serves)
        assertThat(code(send(Signed.valid(), "application/json", BODY, "ap-guangzhou")))
                .isEqualTo("AuthFailure.SignatureFailure");
        // the Host the request arrives with differs from the signed one (java.net.http cannot rewrite Host, so the
        // request is signed for another host and sent to the simulator's)
        assertThat(code(send(Signed.valid().host("trtc.tencentcloudapi.com"))))
                .isEqualTo("AuthFailure.SignatureFailure");
    }

    @Test
    void anotherServiceInTheCredentialScopeIsSignatureFailure() throws Exception {
        JsonNode response = send(Signed.valid().service("cvm"));
        assertThat(code(response)).isEqualTo("AuthFailure.SignatureFailure");
        assertThat(response.path("Error").path("Message").asText()).contains("cvm");
    }

    @Test
    void scopeDateThatIsNotTheDateOfTheTimestampIsSignatureFailure() throws Exception {
        long now = NOW.getEpochSecond();
        JsonNode response = send(Signed.valid().scopeDate(utcDate(now - 86_400)));
        assertThat(code(response)).isEqualTo("AuthFailure.SignatureFailure");
        assertThat(response.path("Error").path("Message").asText()).contains(utcDate(now - 86_400));
    }

    @Test
    void timestampMoreThanFiveMinutesAwayIsSignatureExpire() throws Exception {
        long now = NOW.getEpochSecond();
        assertThat(code(send(Signed.at(now - 301)))).isEqualTo("AuthFailure.SignatureExpire");
        assertThat(code(send(Signed.at(now + 301)))).isEqualTo("AuthFailure.SignatureExpire");
        // exactly five minutes either way is still inside the window
        assertThat(code(send(Signed.at(now - 300)))).isEqualTo("FailedOperation.TaskNotExist");
        assertThat(code(send(Signed.at(now + 300)))).isEqualTo("FailedOperation.TaskNotExist");
    }

    @Test
    void regionOutsideTheActionsListIsUnsupportedRegion() throws Exception {
        assertThat(code(send(Signed.valid(), CONTENT_TYPE, BODY, "eu-frankfurt"))).isEqualTo("UnsupportedRegion");
        assertThat(code(send(Signed.valid(), CONTENT_TYPE, BODY, "xx-nowhere-1"))).isEqualTo("UnsupportedRegion");
    }
}
