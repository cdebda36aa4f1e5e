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
package dev.camelrtc.support.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.console.DevConsole;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.util.json.JsonObject;

import dev.camelrtc.support.callback.CallbackConsole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A started CamelContext with the vertx platform-http engine on a free loopback port, as Camel Main would set it up,
 * and a plain JDK HTTP client that posts callbacks to it with the headers a test gives (a test signs them with its
 * own code, never the consumer's). Tests that use it need {@code camel-platform-http-vertx} on their classpath.
 */
public class CallbackHttp implements AutoCloseable {

    public final CamelContext context = new DefaultCamelContext();
    private final VertxPlatformHttpServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public CallbackHttp(RoutesBuilder routes) throws Exception {
        VertxPlatformHttpServerConfiguration configuration = new VertxPlatformHttpServerConfiguration();
        configuration.setBindHost("127.0.0.1");
        configuration.setBindPort(0);
        server = new VertxPlatformHttpServer(configuration);
        context.addService(server);
        context.addRoutes(routes);
        context.start();
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getServer().actualPort() + path);
    }

    /** POSTs {@code body} (UTF-8, application/json) to {@code path} with these request headers. */
    public CompletableFuture<HttpResponse<String>> sendAsync(String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8)));
        headers.forEach(request::header);
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> send(String path, String body, Map<String, String> headers) {
        return sendAsync(path, body, headers).join();
    }

    /** The status of a GET of {@code path}. */
    public int get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /**
     * Starts and stops a CamelContext without any platform-http engine and one route from {@code uri}; throws what
     * starting it threw (a bad option, the missing engine).
     */
    public static void startAlone(String uri) throws Exception {
        CamelContext context = new DefaultCamelContext();
        try {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(uri).to("log:never");
                }
            });
            context.start();
        } finally {
            context.stop();
        }
    }

    /**
     * Asserts that {@code console}, on this context, reports the consumer of route {@code routeId} at {@code path}
     * with these counts, as text and as JSON (where it is the first consumer).
     */
    public void assertConsoleReports(CallbackConsole console, String routeId, String path, long routed,
                                     long duplicates) {
        console.setCamelContext(context);
        assertThat(console.call(DevConsole.MediaType.TEXT).toString()).contains(
                "Route: " + routeId + ", path " + path + ":", "routed=" + routed, "duplicates=" + duplicates);
        JsonObject json = (JsonObject) console.call(DevConsole.MediaType.JSON);
        assertThat(((JsonObject) json.getCollection("consumers").iterator().next()).getLong("duplicates"))
                .isEqualTo(duplicates);
    }

    @Override
    public void close() {
        context.stop();
    }
}
