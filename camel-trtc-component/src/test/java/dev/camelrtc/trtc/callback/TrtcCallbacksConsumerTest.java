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

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import dev.camelrtc.support.tasks.TaskState;

import static dev.camelrtc.support.testing.CallbackHttp.startAlone;
import static dev.camelrtc.trtc.callback.CallbackServer.event;
import static dev.camelrtc.trtc.callback.CallbackServer.sentence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** trtc-callbacks over real HTTP (vertx platform-http): signatures, typed events, duplicates, failures, filters. */
class TrtcCallbacksConsumerTest {

    private static final String KEY = "CallbackKey0123456789abcdefABCDE";
    private static final String PATH = "/trtc/events";

    private final List<Exchange> routed = new CopyOnWriteArrayList<>();
    @AutoClose
    private CallbackServer server;

    private CallbackServer serve(String options) throws Exception {
        server = new CallbackServer(new RouteBuilder() {
            @Override
            public void configure() {
                from("trtc-callbacks:" + PATH + "?callbackSecret=RAW(" + KEY + ")" + options).routeId("callbacks")
                        .process(e -> routed.add(e.copy()));
            }
        });
        return server;
    }

    private TrtcCallbacksConsumer consumer() {
        return (TrtcCallbacksConsumer) server.context.getRoute("callbacks").getConsumer();
    }

    @Test
    void aSignedSentenceIsRoutedAsATypedBodyWithHeadersAndAnswered200() throws Exception {
        serve("");
        HttpResponse<String> response = server.postSigned(PATH, sentence("task-1", 1700000000123L, "hello there"), KEY);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"code\":0}");
        assertThat(routed).hasSize(1); // answered only after the route ran
        Exchange exchange = routed.get(0);
        assertThat(exchange.getMessage().getBody()).isEqualTo(new Sentence(9, 903, "task-1", "room-1", 1700000000123L,
                "alice", "hello there", 1000L, 2500L, "round-7"));
        assertThat(exchange.getMessage().getHeader(TrtcCallbacksConstants.EVENT_TYPE)).isEqualTo(903);
        assertThat(exchange.getMessage().getHeader(TrtcCallbacksConstants.EVENT_GROUP_ID)).isEqualTo(9);
        assertThat(exchange.getMessage().getHeader(TrtcCallbacksConstants.TASK_ID)).isEqualTo("task-1");
        assertThat(exchange.getMessage().getHeader(TrtcCallbacksConstants.ROOM_ID)).isEqualTo("room-1");
        assertThat(exchange.getMessage().getHeader(TrtcCallbacksConstants.EVENT_TIME)).isEqualTo(1700000000123L);
        assertThat(exchange.getMessage().getHeader(TaskState.HEADER)).as("not a lifecycle event").isNull();
        assertThat(exchange.getMessage().getHeader("Sign")).as("HTTP request headers stay out").isNull();
        assertThat(exchange.getFromEndpoint().getEndpointUri()).startsWith("trtc-callbacks:");
        assertThat(consumer().getCounts().getRouted()).isEqualTo(1);
        assertThat(server.context.resolveLanguage("simple").createExpression("${body.userId}: ${body.text}")
                .evaluate(exchange, String.class)).as("the docs' simple expression").isEqualTo("alice: hello there");
    }

    @Test
    void lifecycleEventsCarryStatusLeaveCodeAndTaskState() throws Exception {
        serve("");
        assertThat(server.postSigned(PATH, event(9, 901, "t", 1, "{\"Status\": 0}"), KEY).statusCode()).isEqualTo(200);
        assertThat(server.postSigned(PATH, event(14, 1401, "c", 2, "{\"Status\": 1}"), KEY).statusCode())
                .isEqualTo(200);
        assertThat(server.postSigned(PATH, event(9, 902, "t", 3, "{\"LeaveCode\": 3}"), KEY).statusCode())
                .isEqualTo(200);

        assertThat(routed).extracting(e -> e.getMessage().getBody()).containsExactly(
                new TaskStarted(9, 901, "t", "room-1", 1, 0), new TaskStarted(14, 1401, "c", "room-1", 2, 1),
                new TaskStopped(9, 902, "t", "room-1", 3, 3));
        assertThat(routed).extracting(e -> e.getMessage().getHeader(TaskState.HEADER))
                .containsExactly("RUNNING", "ENDED", "ENDED");
        assertThat(((TaskStarted) routed.get(0).getMessage().getBody()).started()).isTrue();
    }

    @Test
    void unsignedTamperedAndWrongKeyCallbacksGet401AndNeverReachTheRoute() throws Exception {
        serve("");
        String body = sentence("task-x", 5, "secret plans");
        String goodSign = CallbackServer.sign(KEY, body.getBytes());

        assertThat(server.post(PATH, body, null).statusCode()).as("unsigned").isEqualTo(401);
        assertThat(server.post(PATH, body.replace("secret plans", "other plans"), goodSign).statusCode())
                .as("tampered body").isEqualTo(401);
        assertThat(server.post(PATH, body.replace("\n\t", "\n  "), goodSign).statusCode())
                .as("same JSON, other whitespace: the signature covers the raw bytes").isEqualTo(401);
        assertThat(server.postSigned(PATH, body, KEY + "x").statusCode()).as("wrong key").isEqualTo(401);
        assertThat(server.post(PATH, body, "").statusCode()).as("empty Sign").isEqualTo(401);

        assertThat(routed).isEmpty();
        assertThat(consumer().getCounts().getRejectedSignatures()).isEqualTo(5);
        assertThat(server.post(PATH, body, goodSign).statusCode()).as("the genuine one still passes").isEqualTo(200);
        assertThat(routed).hasSize(1);
    }

    @Test
    void aSignedBodyThatIsNotJsonGets400() throws Exception {
        serve("");
        assertThat(server.postSigned(PATH, "not json", KEY).statusCode()).isEqualTo(400);
        assertThat(routed).isEmpty();
        assertThat(consumer().getCounts().getMalformed()).isEqualTo(1);
    }

    @Test
    void duplicatesAreAnswered200WithoutRoutingAgain() throws Exception {
        serve("");
        String body = sentence("task-d", 42, "once");
        for (int i = 0; i < 3; i++) {
            assertThat(server.postSigned(PATH, body, KEY).statusCode()).isEqualTo(200);
        }
        // the same TaskId and EventType at another EventMsTs is another event
        assertThat(server.postSigned(PATH, sentence("task-d", 43, "twice"), KEY).statusCode()).isEqualTo(200);

        assertThat(routed).extracting(e -> ((Sentence) e.getMessage().getBody()).text()).containsExactly("once", "twice");
        assertThat(consumer().getCounts().getDuplicates()).isEqualTo(2);

        server.assertConsoleReports(new TrtcCallbacksDevConsole(), "callbacks", PATH, 2, 2);
    }

    @Test
    void aFailedRouteGets500AndTheRedeliveryIsProcessedOnce() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        server = new CallbackServer(new RouteBuilder() {
            @Override
            public void configure() {
                from("trtc-callbacks:" + PATH + "?callbackSecret=RAW(" + KEY + ")").routeId("callbacks")
                        .process(e -> {
                            if (attempts.incrementAndGet() == 1) {
                                throw new IllegalStateException("database down");
                            }
                            routed.add(e.copy());
                        });
            }
        });
        String body = sentence("task-f", 7, "keep me");

        HttpResponse<String> first = server.postSigned(PATH, body, KEY);
        assertThat(first.statusCode()).isEqualTo(500);
        assertThat(first.body()).doesNotContain("database down");
        assertThat(server.postSigned(PATH, body, KEY).statusCode()).as("Tencent's redelivery").isEqualTo(200);
        assertThat(server.postSigned(PATH, body, KEY).statusCode()).as("a later duplicate").isEqualTo(200);

        assertThat(attempts).hasValue(2);
        assertThat(routed).hasSize(1);
        assertThat(consumer().getCounts().getFailed()).isEqualTo(1);
        assertThat(consumer().getCounts().getDuplicates()).isEqualTo(1);
    }

    @Test
    void aRedeliveryWhileTheEventIsStillRoutedWaitsForItsOutcome() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        server = new CallbackServer(new RouteBuilder() {
            @Override
            public void configure() {
                from("trtc-callbacks:" + PATH + "?callbackSecret=RAW(" + KEY + ")").routeId("callbacks")
                        .process(e -> {
                            routed.add(e.copy());
                            entered.countDown();
                            assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
                        });
            }
        });
        String body = sentence("task-slow", 9, "slow");
        CompletableFuture<HttpResponse<String>> first = server.postAsync(PATH, body,
                CallbackServer.sign(KEY, body.getBytes()));
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<HttpResponse<String>> redelivery = server.postAsync(PATH, body,
                CallbackServer.sign(KEY, body.getBytes()));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(redelivery).isNotDone());
        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(redelivery.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(routed).hasSize(1);
        assertThat(consumer().getCounts().getDuplicates()).isEqualTo(1);
    }

    @Test
    void unknownEventTypesPassThroughAsJson() throws Exception {
        serve("");
        String body = event(9, 906, "task-m", 11, "{\"Metrics\": {\"llm\": 120}}");
        assertThat(server.postSigned(PATH, body, KEY).statusCode()).isEqualTo(200);
        String noInfo = "{\"EventGroupId\": 15, \"EventType\": 1501, \"Something\": [1, 2]}";
        assertThat(server.postSigned(PATH, noInfo, KEY).statusCode()).isEqualTo(200);

        assertThat(routed).hasSize(2);
        JsonNode metrics = (JsonNode) routed.get(0).getMessage().getBody();
        assertThat(metrics.path("EventInfo").path("Payload").path("Metrics").path("llm").asInt()).isEqualTo(120);
        assertThat(routed.get(0).getMessage().getHeader(TrtcCallbacksConstants.EVENT_TYPE)).isEqualTo(906);
        assertThat(routed.get(0).getMessage().getHeader(TrtcCallbacksConstants.TASK_ID)).isEqualTo("task-m");
        assertThat(((JsonNode) routed.get(1).getMessage().getBody()).path("Something").size()).isEqualTo(2);
        assertThat(routed.get(1).getMessage().getHeader(TrtcCallbacksConstants.TASK_ID)).isNull();
    }

    @Test
    void eventTypesFilterAnswers200WithoutRouting() throws Exception {
        serve("&eventTypes=903, 902");
        assertThat(server.postSigned(PATH, event(9, 901, "t", 1, "{\"Status\": 0}"), KEY).statusCode()).isEqualTo(200);
        assertThat(server.postSigned(PATH, sentence("t", 2, "kept"), KEY).statusCode()).isEqualTo(200);
        assertThat(server.postSigned(PATH, event(9, 902, "t", 3, "{\"LeaveCode\": 0}"), KEY).statusCode())
                .isEqualTo(200);

        assertThat(routed).extracting(e -> e.getMessage().getHeader(TrtcCallbacksConstants.EVENT_TYPE))
                .containsExactly(903, 902);
        assertThat(consumer().getCounts().getFiltered()).isEqualTo(1);
    }

    @Test
    void aRepositoryFromTheRegistryIsUsed() throws Exception {
        MemoryIdempotentRepository repository = new MemoryIdempotentRepository();
        server = new CallbackServer(new RouteBuilder() {
            @Override
            public void configure() {
                getContext().getRegistry().bind("seen", repository);
                from("trtc-callbacks:" + PATH + "?callbackSecret=RAW(" + KEY + ")&idempotentRepository=#seen")
                        .routeId("callbacks").process(e -> routed.add(e.copy()));
            }
        });
        repository.add("task-r|903|5"); // processed before, e.g. by another instance sharing the repository
        assertThat(server.postSigned(PATH, sentence("task-r", 5, "old"), KEY).statusCode()).isEqualTo(200);
        assertThat(server.postSigned(PATH, sentence("task-r", 6, "new"), KEY).statusCode()).isEqualTo(200);

        assertThat(routed).extracting(e -> ((Sentence) e.getMessage().getBody()).text()).containsExactly("new");
        assertThat(repository.contains("task-r|903|6")).isTrue();
    }

    @Test
    void withoutACallbackSecretTheRouteDoesNotStartUnlessUnsignedIsAcceptedOnPurpose() throws Exception {
        assertThatThrownBy(() -> startAlone("trtc-callbacks:/a"))
                .hasStackTraceContaining("the callbackSecret option is required");
        assertThatThrownBy(() -> startAlone("trtc-callbacks:/a?callbackSecret=RAW(k)&eventTypes=903,x"))
                .hasStackTraceContaining("invalid eventTypes option '903,x'");
        assertThatThrownBy(() -> startAlone("trtc-callbacks:/a?callbackSecret=RAW(k)&acceptUnsigned=true"))
                .hasStackTraceContaining("contradict");

        server = new CallbackServer(new RouteBuilder() {
            @Override
            public void configure() {
                from("trtc-callbacks:" + PATH + "?acceptUnsigned=true").routeId("callbacks")
                        .process(e -> routed.add(e.copy()));
            }
        });
        assertThat(server.post(PATH, sentence("u", 1, "unsigned"), null).statusCode()).isEqualTo(200);
        assertThat(routed).hasSize(1);
    }

    @Test
    void withoutAPlatformHttpServerTheRouteFailsNamingWhatToAdd() {
        assertThatThrownBy(() -> startAlone("trtc-callbacks:/a?callbackSecret=RAW(k)"))
                .hasStackTraceContaining("camel-platform-http-main");
    }

    @Test
    void onlyPostIsServed() throws Exception {
        serve("");
        var get = java.net.http.HttpRequest.newBuilder(server.url(PATH)).GET().build();
        int status = java.net.http.HttpClient.newHttpClient().send(get, HttpResponse.BodyHandlers.discarding())
                .statusCode();
        assertThat(status).isEqualTo(405);
        assertThat(routed).isEmpty();
    }

}
