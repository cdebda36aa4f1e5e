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
package dev.camelrtc.trtc.callback;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * A CamelContext with the vertx platform-http engine on a free port, as Camel Main would set it up, and a plain JDK
 * HTTP client that posts callbacks signed the way Tencent signs them (its own HMAC code, not the consumer's).
 */
final class CallbackServer implements AutoCloseable {

    final CamelContext context = new DefaultCamelContext();
    private final VertxPlatformHttpServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    CallbackServer(RouteBuilder routes) throws Exception {
        VertxPlatformHttpServerConfiguration configuration = new VertxPlatformHttpServerConfiguration();
        configuration.setBindHost("127.0.0.1");
        configuration.setBindPort(0);
        server = new VertxPlatformHttpServer(configuration);
        context.addService(server);
        context.addRoutes(routes);
        context.start();
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getServer().actualPort() + path);
    }

    static String sign(String key, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** POSTs {@code body} to {@code path} with header Sign (none when null). */
    CompletableFuture<HttpResponse<String>> postAsync(String path, String body, String sign) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).header("Content-Type", "application/json")
                .header("SdkAppId", "1400000001")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8)));
        if (sign != null) {
            request.header("Sign", sign);
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body, String sign) {
        return postAsync(path, body, sign).join();
    }

    /** POSTs {@code body} signed with {@code key}. */
    HttpResponse<String> postSigned(String path, String body, String key) {
        return post(path, body, sign(key, body.getBytes(StandardCharsets.UTF_8)));
    }

    /** A callback body as Tencent sends it, with the whitespace its docs warn about (so that only raw bytes verify). */
    static String event(int group, int type, String taskId, long eventMsTs, String payload) {
        return "{\n\t\"EventGroupId\": " + group + ",\n\t\"EventType\": " + type + ",\n\t\"CallbackTs\": "
               + (eventMsTs + 7) + ",\n\t\"EventInfo\": {\"EventMsTs\": " + eventMsTs + ", \"TaskId\": \"" + taskId
               + "\", \"RoomId\": \"room-1\", \"RoomIdType\": 1,\n\t\t\"Payload\": " + payload + "}\n}";
    }

    static String sentence(String taskId, long eventMsTs, String text) {
        return event(9, 903, taskId, eventMsTs, "{\"UserId\": \"alice\", \"Text\": \"" + text
                + "\", \"StartTimeMs\": 1000, \"EndTimeMs\": 2500, \"RoundId\": \"round-7\"}");
    }

    @Override
    public void close() {
        context.stop();
    }
}
