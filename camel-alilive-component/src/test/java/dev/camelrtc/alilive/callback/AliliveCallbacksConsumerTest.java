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
package dev.camelrtc.alilive.callback;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import dev.camelrtc.support.http.Crypto;

import static dev.camelrtc.alilive.callback.AsrCallbackServer.headers;
import static dev.camelrtc.alilive.callback.AsrCallbackServer.now;
import static dev.camelrtc.alilive.callback.AsrCallbackServer.result;
import static dev.camelrtc.alilive.callback.AsrCallbackServer.sign;
import static dev.camelrtc.support.testing.CallbackHttp.startAlone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** alilive-callbacks over real HTTP (vertx platform-http): SIG-TIME / ASR-SIG, JSON bodies, duplicates, failures. */
class AliliveCallbacksConsumerTest {

    private static final String KEY = "AsrAuthKey0123456789";
    private static final String PATH = "/alilive/results";
    private static final String CALLBACK_URL = "https://events.example.com/alilive/results?tenant=7";

    private final List<Exchange> routed = new CopyOnWriteArrayList<>();
    @AutoClose
    private AsrCallbackServer server;

    private static String uri(String options) {
        return "alilive-callbacks:" + PATH + "?authKey=RAW(" + KEY + ")&callbackUrl=RAW(" + CALLBACK_URL + ")"
               + options;
    }

    private void serve(String options) throws Exception {
        server = new AsrCallbackServer(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri(options)).routeId("results").process(e -> routed.add(e.copy()));
            }
        });
    }

    private AliliveCallbacksConsumer consumer() {
        return (AliliveCallbacksConsumer) server.context.getRoute("results").getConsumer();
    }

    private HttpResponse<String> post(String body) {
        return server.postSigned(PATH, body, CALLBACK_URL, KEY);
    }

    @Test
    void aSignedResultIsRoutedAsJsonWithItsTaskIdAndAnswered200() throws Exception {
        serve("");
        String sigTime = now();
        HttpResponse<String> response = server.send(PATH, result("task-1", 1, "hello there"),
                headers(sigTime, sign(sigTime, CALLBACK_URL, KEY)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"code\":0}");
        assertThat(routed).hasSize(1); // answered only after the route ran
        Exchange exchange = routed.get(0);
        JsonNode body = exchange.getMessage().getBody(JsonNode.class);
        assertThat(body.path("Text").asText()).isEqualTo("hello there");
        assertThat(exchange.getMessage().getHeader(AliliveCallbacksConstants.TASK_ID)).isEqualTo("task-1");
        assertThat(exchange.getMessage().getHeader(AliliveCallbacksConstants.CALLBACK_TIME))
                .isEqualTo(Long.parseLong(sigTime) * 1000);
        assertThat(exchange.getMessage().getHeader("ASR-SIG")).as("HTTP request headers stay out").isNull();
        assertThat(exchange.getFromEndpoint().getEndpointUri()).startsWith("alilive-callbacks:");
        assertThat(consumer().getCounts().getRouted()).isEqualTo(1);
    }

    @Test
    void millisecondsAndUpperCaseHexAreAcceptedAsThePageLeavesThemOpen() throws Exception {
        serve("");
        String millis = String.valueOf(System.currentTimeMillis());
        assertThat(server.send(PATH, result("t", 1, "ms"), headers(millis, sign(millis, CALLBACK_URL, KEY)))
                .statusCode()).isEqualTo(200);
        String seconds = now();
        assertThat(server.send(PATH, result("t", 2, "HEX"),
                headers(seconds, sign(seconds, CALLBACK_URL, KEY).toUpperCase())).statusCode()).isEqualTo(200);

        assertThat(routed).hasSize(2);
        assertThat(routed.get(0).getMessage().getHeader(AliliveCallbacksConstants.CALLBACK_TIME))
                .isEqualTo(Long.parseLong(millis));
    }

    @Test
    void unsignedTamperedWrongKeyWrongUrlAndStaleResultsGet401AndNeverReachTheRoute() throws Exception {
        serve("");
        String body = result("task-x", 1, "secret plans");
        String t = now();
        String old = String.valueOf(System.currentTimeMillis() / 1000 - 600);
        String ahead = String.valueOf(System.currentTimeMillis() / 1000 + 600);
        Map<String, Map<String, String>> attempts = Map.of(
                "unsigned", Map.of(),
                "no SIG-TIME", Map.of("ASR-SIG", sign(t, CALLBACK_URL, KEY)),
                "no ASR-SIG", Map.of("SIG-TIME", t),
                "SIG-TIME changed after signing", headers(String.valueOf(Long.parseLong(t) + 1),
                        sign(t, CALLBACK_URL, KEY)),
                "wrong key", headers(t, sign(t, CALLBACK_URL, KEY + "x")),
                "signed for another URL", headers(t, sign(t, "https://events.example.com/alilive/results", KEY)),
                "stale: 10 minutes old", headers(old, sign(old, CALLBACK_URL, KEY)),
                "10 minutes ahead", headers(ahead, sign(ahead, CALLBACK_URL, KEY)),
                "SIG-TIME not a number", headers("12:00", sign("12:00", CALLBACK_URL, KEY)));

        attempts.forEach((what, headers) -> assertThat(server.send(PATH, body, headers).statusCode()).as(what)
                .isEqualTo(401));

        assertThat(routed).isEmpty();
        assertThat(consumer().getCounts().getRejectedSignatures()).isEqualTo(attempts.size());
        assertThat(post(body).statusCode()).as("the genuine one still passes").isEqualTo(200);
        assertThat(routed).hasSize(1);
    }

    @Test
    void aWiderOrNoSigTimeToleranceAcceptsOlderCallbacks() throws Exception {
        serve("&sigTimeTolerance=0");
        String old = String.valueOf(System.currentTimeMillis() / 1000 - 86_400);
        assertThat(server.send(PATH, result("t", 1, "late"), headers(old, sign(old, CALLBACK_URL, KEY))).statusCode())
                .isEqualTo(200);
        assertThat(routed).hasSize(1);
    }

    @Test
    void aSignedBodyThatIsNotJsonGets400() throws Exception {
        serve("");
        assertThat(post("not json").statusCode()).isEqualTo(400);
        assertThat(routed).isEmpty();
        assertThat(consumer().getCounts().getMalformed()).isEqualTo(1);
    }

    @Test
    void duplicatesAreAnswered200WithoutRoutingAgain() throws Exception {
        serve("");
        String body = result("task-d", 4, "once");
        for (int i = 0; i < 3; i++) {
            String later = String.valueOf(Long.parseLong(now()) + i); // a redelivery is signed again
            assertThat(server.send(PATH, body, headers(later, sign(later, CALLBACK_URL, KEY))).statusCode())
                    .isEqualTo(200);
        }
        assertThat(post(result("task-d", 5, "twice")).statusCode()).as("another result").isEqualTo(200);

        assertThat(routed).extracting(e -> e.getMessage().getBody(JsonNode.class).path("Text").asText())
                .containsExactly("once", "twice");
        assertThat(consumer().getCounts().getDuplicates()).isEqualTo(2);

        server.assertConsoleReports(new AliliveCallbacksDevConsole(), "results", PATH, 2, 2);
    }

    @Test
    void theDeduplicationKeyIsTheTaskIdAndTheBodyHash() throws Exception {
        MemoryIdempotentRepository repository = new MemoryIdempotentRepository();
        server = new AsrCallbackServer(new RouteBuilder() {
            @Override
            public void configure() {
                getContext().getRegistry().bind("seen", repository);
                from(uri("&idempotentRepository=#seen")).routeId("results").process(e -> routed.add(e.copy()));
            }
        });
        String old = result("task-r", 1, "old");
        repository.add("task-r|" + Crypto.sha256Hex(old.getBytes())); // processed before, e.g. by another instance
        assertThat(post(old).statusCode()).isEqualTo(200);
        String fresh = result("task-r", 2, "new");
        assertThat(post(fresh).statusCode()).isEqualTo(200);
        String noTask = "{\"header\": {\"task_id\": \"nested-1\"}, \"payload\": {\"result\": \"x\"}}";
        assertThat(post(noTask).statusCode()).isEqualTo(200);

        assertThat(routed).extracting(e -> e.getMessage().getHeader(AliliveCallbacksConstants.TASK_ID))
                .containsExactly("task-r", "nested-1");
        assertThat(repository.contains("task-r|" + Crypto.sha256Hex(fresh.getBytes()))).isTrue();
    }

    @Test
    void aFailedRouteGets500AndTheRedeliveryIsRoutedOnce() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        server = new AsrCallbackServer(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("")).routeId("results").process(e -> {
                    if (attempts.incrementAndGet() == 1) {
                        throw new IllegalStateException("database down");
                    }
                    routed.add(e.copy());
                });
            }
        });
        String body = result("task-f", 7, "keep me");

        HttpResponse<String> first = post(body);
        assertThat(first.statusCode()).isEqualTo(500);
        assertThat(first.body()).doesNotContain("database down");
        assertThat(post(body).statusCode()).as("Alibaba's redelivery").isEqualTo(200);
        assertThat(post(body).statusCode()).as("a later duplicate").isEqualTo(200);

        assertThat(attempts).hasValue(2);
        assertThat(routed).hasSize(1);
        assertThat(consumer().getCounts().getFailed()).isEqualTo(1);
        assertThat(consumer().getCounts().getDuplicates()).isEqualTo(1);
    }

    @Test
    void badOptionsFailTheRouteNamingTheOption() {
        assertThatThrownBy(() -> startAlone("alilive-callbacks:/a?callbackUrl=https://x.example/a"))
                .hasStackTraceContaining("alilive-callbacks:/a: the authKey option is required");
        assertThatThrownBy(() -> startAlone("alilive-callbacks:/a?authKey=RAW(k)"))
                .hasStackTraceContaining("the callbackUrl option is required");
        assertThatThrownBy(() -> startAlone("alilive-callbacks:/a?authKey=RAW(k)&callbackUrl=/a"))
                .hasStackTraceContaining("invalid callbackUrl option '/a'");
        assertThatThrownBy(() -> startAlone("alilive-callbacks:/a?authKey=RAW(k)&callbackUrl=https://x.example/a"
                                            + "&sigTimeTolerance=-1"))
                .hasStackTraceContaining("sigTimeTolerance must be 0 (no check) or more");
        assertThatThrownBy(() -> startAlone("alilive-callbacks:/a?authKey=RAW(k)&acceptUnsigned=true"))
                .hasStackTraceContaining("authKey and acceptUnsigned=true contradict");
        assertThatThrownBy(() -> startAlone("alilive-callbacks:/a?authKey=RAW(k)&callbackUrl=https://x.example/a"))
                .as("no platform-http engine").hasStackTraceContaining("camel-platform-http-main");
    }

    @Test
    void unsignedResultsAreAcceptedOnlyOnPurpose() throws Exception {
        server = new AsrCallbackServer(new RouteBuilder() {
            @Override
            public void configure() {
                from("alilive-callbacks:" + PATH + "?acceptUnsigned=true").routeId("results")
                        .process(e -> routed.add(e.copy()));
            }
        });
        assertThat(server.send(PATH, result("u", 1, "unsigned"), Map.of()).statusCode()).isEqualTo(200);
        assertThat(routed).hasSize(1);
        assertThat(routed.get(0).getMessage().getHeader(AliliveCallbacksConstants.CALLBACK_TIME)).isNull();
        assertThat(server.get(PATH)).as("only POST is served").isEqualTo(405);
    }
}
