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
package dev.camelrtc.trtc;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.support.call.ApiCredentials;
import dev.camelrtc.support.http.HttpCall;
import dev.camelrtc.support.json.Json;

import static dev.camelrtc.trtc.SimulatedTrtc.SECRET_ID;
import static dev.camelrtc.trtc.SimulatedTrtc.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

/** A signed request cannot be replayed as another action or region: those headers are signed. */
class Tc3ReplayTest {


    @RegisterExtension
    static final RtcSimulatorExtension SIM = SimulatedTrtc.simulator();

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aCapturedDescribeIsAcceptedAsSentButRefusedAsAStopOrInAnotherRegion() throws Exception {
        byte[] body = "{\"TaskId\":\"no-such-task\"}".getBytes(StandardCharsets.UTF_8);
        HttpCall captured = new Tc3Signer().sign(URI.create(SIM.simulator().baseUrl()), "DescribeAITranscription",
                "ap-guangzhou", body, new ApiCredentials(SECRET_ID, SECRET_KEY, null), Instant.now(), "replay-test");

        assertThat(errorCode(captured, body, Map.of())).as("as signed: past the signature check")
                .isEqualTo("FailedOperation.TaskNotExist");
        assertThat(errorCode(captured, body, Map.of("X-TC-Action", "StopAITranscription")))
                .isEqualTo("AuthFailure.SignatureFailure");
        assertThat(errorCode(captured, body, Map.of("X-TC-Region", "ap-singapore")))
                .isEqualTo("AuthFailure.SignatureFailure");
    }

    /** Sends the captured call with some headers replaced; the error code of the reply, or null on success. */
    private String errorCode(HttpCall call, byte[] body, Map<String, String> replaced) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(call.uri())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", call.contentType());
        call.headers().forEach((name, value) -> {
            if (!Set.of("host", "content-type").contains(name.toLowerCase())) {
                request.header(name, replaced.getOrDefault(name, value));
            }
        });
        HttpResponse<String> reply = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode error = Json.MAPPER.readTree(reply.body()).path("Response").path("Error");
        return error.isMissingNode() ? null : error.path("Code").asText();
    }
}
