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

import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import com.tencentcloudapi.trtc.v20190722.TrtcClient;
import com.tencentcloudapi.trtc.v20190722.models.StopAITranscriptionRequest;

import org.junit.jupiter.api.Test;

import dev.camelrtc.simulator.RtcSimulator;
import dev.camelrtc.simulator.SimulatorTimings;
import dev.camelrtc.simulator.http.Json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** TRTC AI-service callbacks pushed to a local receiver, signature checked with the JDK's own HMAC. */
class TrtcCallbackTest {

    private record Received(String sign, String sdkAppId, String body) {
    }

    @Test
    void pushesSignedStartAndStopEvents() throws Exception {
        List<Received> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/cb", ex -> {
            try (InputStream in = ex.getRequestBody()) {
                received.add(new Received(ex.getRequestHeaders().getFirst("Sign"),
                        ex.getRequestHeaders().getFirst("SdkAppId"), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            byte[] ok = "{\"code\":0}".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, ok.length);
            ex.getResponseBody().write(ok);
            ex.close();
        });
        receiver.start();
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/cb";
        try (RtcSimulator sim = RtcSimulator.builder().timings(SimulatorTimings.fast()).callbackUrl(url, "cbKey123")
                .build().start()) {
            TrtcClient client = TrtcClients.demoClient(sim);
            String taskId = client.StartAITranscription(TrtcClients.startTranscription("cb-room", null)).getTaskId();
            await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 1);
            StopAITranscriptionRequest stop = new StopAITranscriptionRequest();
            stop.setTaskId(taskId);
            client.StopAITranscription(stop);
            await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 2);

            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec("cbKey123".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            int[] types = {901, 902};
            for (int i = 0; i < 2; i++) {
                Received r = received.get(i);
                assertThat(r.sign()).isEqualTo(Base64.getEncoder().encodeToString(
                        mac.doFinal(r.body().getBytes(StandardCharsets.UTF_8))));
                assertThat(r.sdkAppId()).isEqualTo(Long.toString(TrtcClients.SDK_APP_ID));
                JsonNode event = Json.MAPPER.readTree(r.body());
                assertThat(event.path("EventGroupId").asInt()).isEqualTo(9);
                assertThat(event.path("EventType").asInt()).isEqualTo(types[i]);
                assertThat(event.at("/EventInfo/TaskId").asText()).isEqualTo(taskId);
                assertThat(event.at("/EventInfo/RoomId").asText()).isEqualTo("cb-room");
                assertThat(event.path("CallbackTs").asLong()).isPositive();
            }
        } finally {
            receiver.stop(0);
        }
    }
}
