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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.support.testing.CallbackHttp;
import dev.camelrtc.support.testing.ForwardProxy;
import dev.camelrtc.support.testing.HandledErrors;
import dev.camelrtc.support.testing.SecretsScan;
import dev.camelrtc.trtc.model.AgentConfig;
import dev.camelrtc.trtc.model.StartAIConversationRequest;
import dev.camelrtc.trtc.model.StartAITranscriptionRequest;
import dev.camelrtc.trtc.model.TranscriptionParams;

import static dev.camelrtc.trtc.SimulatedTrtc.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Full routes with DEBUG logging of Camel and the component (surefire execution "secrets-debug-logging" writes the
 * log to target/secrets-debug.log): no secret may appear in the log, in headers, in exception messages, in
 * toString() or in the component's JSON metadata. HttpClient's own header loggers are left at INFO: at DEBUG they
 * print every request header, X-TC-Token included (see the docs).
 */
class SecretsInLogsTest {

    private static final String SESSION_TOKEN = "SessionTokenNeverLogged000000002";
    private static final String USER_SIG = "UserSigNeverLogged0000000000003";
    private static final String LLM_API_KEY = "sk-LlmApiKeyNeverLogged0000004";
    private static final String CALLBACK_SECRET = "CallbackSecretNeverLogged0000005";
    private static final String PROXY_USER = "ProxyUserNeverLogged00000006";
    private static final String PROXY_PASSWORD = "ProxyPasswordNeverLogged0007";
    private static final List<String> SECRETS = List.of(SECRET_KEY, SESSION_TOKEN, USER_SIG, LLM_API_KEY, PROXY_USER,
            PROXY_PASSWORD,
            // Proxy-Authorization of the proxied call and of the one with a wrong password
            SecretsScan.basicCredentials(PROXY_USER, PROXY_PASSWORD),
            SecretsScan.basicCredentials(PROXY_USER, PROXY_PASSWORD + "x"));

    @RegisterExtension
    static final RtcSimulatorExtension SIM = SimulatedTrtc.simulator();

    @Test
    void noSecretAnywhereWhileRoutesRunAtDebug() throws Exception {
        try (ForwardProxy proxy = ForwardProxy.withBasicAuth(PROXY_USER, PROXY_PASSWORD)) {
            noSecretAnywhereWhileRoutesRunAtDebug(proxy);
        }
    }

    private void noSecretAnywhereWhileRoutesRunAtDebug(ForwardProxy proxy) throws Exception {
        String proxied = "proxyHost=" + proxy.host() + "&proxyPort=" + proxy.port() + "&proxyUsername=RAW("
                         + PROXY_USER + ")&proxyPassword=RAW(" + PROXY_PASSWORD;
        List<Exchange> seen = new CopyOnWriteArrayList<>();
        HandledErrors errors = new HandledErrors();
        CamelContext context = new DefaultCamelContext();
        TrtcComponent trtc = SimulatedTrtc.component(SIM, 1400000555L);
        trtc.getConfiguration().setSessionToken(SESSION_TOKEN);
        context.addComponent("trtc", trtc);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                errors.collectFrom(this);
                from("direct:start").to("trtc:startAITranscription").log("started ${body} ${headers}")
                        .process(e -> seen.add(e.copy()));
                from("direct:conversation").to("trtc:startAIConversation").log("conversation ${body}");
                from("direct:wrongKey").to("trtc:describeAITranscription?secretKey=RAW(" + SECRET_KEY + "x)&taskId=t")
                        .log("never");
                from("direct:proxied").to("trtc:startAITranscription?" + proxied + ")").log("proxied ${body}")
                        .process(e -> seen.add(e.copy()));
                from("direct:proxyRefused").to("trtc:stopAITranscription?taskId=t&" + proxied + "x)").log("never");
                from("trtc:describeAITranscription?delay=50&bridgeErrorHandler=true").routeId("follow")
                        .log("status ${header.CamelTrtcStatus} ${body}").process(e -> seen.add(e.copy()));
            }
        });
        context.start();
        try {
            ProducerTemplate template = context.createProducerTemplate();
            template.sendBody("direct:start", new StartAITranscriptionRequest().withRoomId("secrets-1")
                    .withTranscriptionParams(new TranscriptionParams().withUserId("bot").withUserSig(USER_SIG)));
            template.sendBody("direct:conversation", new StartAIConversationRequest().withRoomId("secrets-2")
                    .withAgentConfig(new AgentConfig().withUserId("a").withUserSig(USER_SIG).withTargetUserId("u"))
                    .withLlmConfig("{\"LLMType\":\"openai\",\"Model\":\"m\",\"APIKey\":\"" + LLM_API_KEY
                                   + "\",\"APIUrl\":\"http://llm\"}")
                    .withTtsConfig("{\"TTSType\":\"flow\",\"VoiceId\":\"v\",\"Model\":\"flow_01_turbo\"}"));
            template.sendBody("direct:wrongKey", null);
            template.sendBody("direct:proxied", new StartAITranscriptionRequest().withRoomId("secrets-proxied")
                    .withTranscriptionParams(new TranscriptionParams().withUserId("bot").withUserSig(USER_SIG)));
            template.sendBody("direct:proxyRefused", null);
            template.sendBody("direct:start", Map.of("RoomId", "secrets-3")); // fails validation: no UserSig needed
            await().atMost(Duration.ofSeconds(10)).until(() -> seen.stream()
                    .anyMatch(e -> "InProgress".equals(e.getMessage().getHeader(TrtcConstants.STATUS))));
            // endpoints with secrets in their URI, printed the way Camel prints them
            context.getEndpoint("trtc:stopAITranscription?secretKey=RAW(" + SECRET_KEY + ")&sessionToken=RAW("
                                + SESSION_TOKEN + ")&taskId=t");
            context.getEndpoints().forEach(e -> org.slf4j.LoggerFactory.getLogger(getClass()).info("endpoint {}", e));
            org.slf4j.LoggerFactory.getLogger(getClass()).info("credentials {}", trtc.getConfiguration().credentials());
        } finally {
            context.stop();
        }

        assertThat(errors).isNotEmpty();
        assertThat(proxy.forwarded()).as("the proxied start went through the proxy").isOne();
        assertThat(errors).anySatisfy(e -> assertThat(e).hasMessageContaining("ClientError.ProxyAuthenticationFailed"));
        SecretsScan.assertNoSecretAnywhere(SECRETS, errors, seen, context.getEndpoints());
        SecretsScan.assertMetadataHasNoSecret("/META-INF/dev/camelrtc/trtc/trtc.json", SECRET_KEY);
    }

    @Test
    void theCallbackSecretIsNeverPrinted() throws Exception {
        List<Exchange> seen = new CopyOnWriteArrayList<>();
        List<Integer> statuses = new ArrayList<>();
        String routeUri;
        try (CallbackHttp http = new CallbackHttp(new RouteBuilder() {
            @Override
            public void configure() {
                from("trtc-callbacks:/secrets?callbackSecret=RAW(" + CALLBACK_SECRET + ")").routeId("callbacks")
                        .log("event ${headers} ${body}").process(e -> seen.add(e.copy()));
            }
        })) {
            String body = "{\"EventGroupId\":9,\"EventType\":903,\"EventInfo\":{\"TaskId\":\"t\",\"EventMsTs\":1,"
                          + "\"Payload\":{\"UserId\":\"u\",\"Text\":\"hi\"}}}";
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(CALLBACK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String sign = Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
            for (String s : List.of(sign, sign.substring(1) + "A")) {
                statuses.add(http.send("/secrets", body, Map.of("Sign", s)).statusCode());
            }
            http.context.getEndpoints()
                    .forEach(e -> org.slf4j.LoggerFactory.getLogger(getClass()).info("endpoint {}", e));
            routeUri = http.context.getRoute("callbacks").getEndpoint().getEndpointUri();
            for (var endpoint : http.context.getEndpoints()) {
                assertThat(endpoint.toString()).doesNotContain(CALLBACK_SECRET);
            }
        }

        assertThat(statuses).containsExactly(200, 401);
        assertThat(seen).hasSize(1);
        assertThat(Files.readString(SecretsScan.debugLog(), StandardCharsets.UTF_8)).as("log").contains("trtc-callbacks")
                .doesNotContain(CALLBACK_SECRET);
        assertThat(URISupport.sanitizeUri(routeUri))
                .contains("callbackSecret=xxxxxx").doesNotContain(CALLBACK_SECRET);
        assertThat(seen.get(0).getMessage().getHeaders().toString()).doesNotContain(CALLBACK_SECRET);
    }

    @Test
    void plainHttpToAHostThatIsNotLoopbackIsWarnedOnce() throws Exception {
        Path log = SecretsScan.debugLog();
        CamelContext context = new DefaultCamelContext();
        context.start();
        try {
            for (String op : List.of("stopAITranscription", "describeAITranscription")) {
                context.getEndpoint("trtc:" + op + "?region=ap-guangzhou&secretId=a&secretKey=b"
                                    + "&endpoint=http://trtc.example.invalid:8080");
            }
            context.getEndpoint("trtc:stopAIConversation?region=ap-guangzhou&secretId=a&secretKey=b"
                                + "&endpoint=http://127.0.0.1:8080");
        } finally {
            context.stop();
        }
        String text = Files.readString(log);
        assertThat(text.split("uses plain HTTP to a host that is not loopback", -1)).hasSize(2);
        assertThat(text).contains("http://trtc.example.invalid:8080").doesNotContain("http://127.0.0.1:8080 uses plain");
    }
}
