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
package dev.camelrtc.alilive;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelrtc.alilive.model.CreateRtcAsrTaskRequest;
import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.support.http.Crypto;
import dev.camelrtc.support.testing.CallbackHttp;
import dev.camelrtc.support.testing.ForwardProxy;
import dev.camelrtc.support.testing.HandledErrors;
import dev.camelrtc.support.testing.SecretsScan;

import static dev.camelrtc.alilive.SimulatedAlilive.KEY_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Full routes with DEBUG logging of Camel and the component (surefire execution "secrets-debug-logging" writes the
 * log to target/secrets-debug.log): no secret may appear in the log, in headers, in exception messages, in
 * toString() or in the component's JSON metadata.
 */
class SecretsInLogsTest {

    private static final String SECURITY_TOKEN = "SecurityTokenNeverLogged00000002";
    private static final String AUTH_KEY = "CallbackAuthKeyNeverLogged000003";
    private static final String PROXY_USER = "ProxyUserNeverLogged00000004";
    private static final String PROXY_PASSWORD = "ProxyPasswordNeverLogged0005";
    private static final List<String> SECRETS = List.of(KEY_SECRET, SECURITY_TOKEN, AUTH_KEY, PROXY_USER,
            PROXY_PASSWORD,
            // Proxy-Authorization of the proxied call and of the one with a wrong password
            SecretsScan.basicCredentials(PROXY_USER, PROXY_PASSWORD),
            SecretsScan.basicCredentials(PROXY_USER, PROXY_PASSWORD + "x"));

    @RegisterExtension
    static final RtcSimulatorExtension SIM = SimulatedAlilive.simulator();

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
        AliliveComponent alilive = SimulatedAlilive.component(SIM);
        alilive.getConfiguration().setSecurityToken(SECURITY_TOKEN);
        context.addComponent("alilive", alilive);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                errors.collectFrom(this);
                from("direct:create").to("alilive:createRtcAsrTask").log("created ${body} ${headers}")
                        .process(e -> seen.add(e.copy()));
                from("direct:wrongKey").to("alilive:queryRtcAsrTasks?secretKey=RAW(" + KEY_SECRET + "x)")
                        .log("never");
                from("direct:proxied").to("alilive:queryRtcAsrTasks?" + proxied + ")").log("proxied ${body}")
                        .process(e -> seen.add(e.copy()));
                from("direct:proxyRefused").to("alilive:queryRtcAsrTasks?" + proxied + "x)").log("never");
                from("alilive:queryRtcAsrTasks?delay=50&bridgeErrorHandler=true").routeId("follow")
                        .log("status ${header.CamelAliliveStatus} ${body}").process(e -> seen.add(e.copy()));
            }
        });
        context.start();
        try {
            ProducerTemplate template = context.createProducerTemplate();
            template.sendBody("direct:create", new CreateRtcAsrTaskRequest().withMode("live").withLanguage("cn")
                    .withCallbackUrl("http://cb/x").withStreamUrl("rtmp://example.com/live/s").withAuthKey(AUTH_KEY));
            template.sendBody("direct:wrongKey", null);
            template.sendBody("direct:proxied", null);
            template.sendBody("direct:proxyRefused", null);
            template.sendBody("direct:create", new CreateRtcAsrTaskRequest().withMode("live").withAuthKey(AUTH_KEY));
            await().atMost(Duration.ofSeconds(10)).until(() -> seen.stream()
                    .anyMatch(e -> "1".equals(e.getMessage().getHeader(AliliveConstants.STATUS, String.class))));
            context.getEndpoint("alilive:stopRtcAsrTask?secretKey=RAW(" + KEY_SECRET + ")&securityToken=RAW("
                                + SECURITY_TOKEN + ")&taskId=t");
            context.getEndpoints().forEach(e -> org.slf4j.LoggerFactory.getLogger(getClass()).info("endpoint {}", e));
        } finally {
            context.stop();
        }

        assertThat(errors).hasSizeGreaterThanOrEqualTo(2);
        assertThat(proxy.forwarded()).as("the proxied query went through the proxy").isOne();
        assertThat(errors).anySatisfy(e -> assertThat(e).hasMessageContaining("ClientError.ProxyAuthenticationFailed"));
        SecretsScan.assertNoSecretAnywhere(SECRETS, errors, seen, context.getEndpoints());
        SecretsScan.assertMetadataHasNoSecret("/META-INF/dev/camelrtc/alilive/alilive.json", KEY_SECRET);
    }

    @Test
    void theCallbackAuthKeyIsNeverPrinted() throws Exception {
        String url = "https://events.example.com/secrets";
        List<Exchange> results = new CopyOnWriteArrayList<>();
        List<Integer> statuses = new CopyOnWriteArrayList<>();
        String routeUri;
        try (CallbackHttp http = new CallbackHttp(new RouteBuilder() {
            @Override
            public void configure() {
                from("alilive-callbacks:/secrets?authKey=RAW(" + AUTH_KEY + ")&callbackUrl=" + url)
                        .routeId("results").log("result ${headers} ${body}").process(e -> results.add(e.copy()));
            }
        })) {
            String sigTime = String.valueOf(System.currentTimeMillis() / 1000);
            String sig = Crypto.md5Hex((sigTime + "/" + url + "/" + AUTH_KEY).getBytes(StandardCharsets.UTF_8));
            String tampered = (sig.charAt(0) == '0' ? '1' : '0') + sig.substring(1); // never equal to sig
            for (String s : List.of(sig, tampered)) {
                statuses.add(http.send("/secrets", "{\"TaskId\":\"t\",\"Text\":\"hi\"}",
                        Map.of("SIG-TIME", sigTime, "ASR-SIG", s)).statusCode());
            }
            http.context.getEndpoints()
                    .forEach(e -> org.slf4j.LoggerFactory.getLogger(getClass()).info("endpoint {}", e));
            routeUri = http.context.getRoute("results").getEndpoint().getEndpointUri();
        }

        assertThat(statuses).containsExactly(200, 401);
        assertThat(Files.readString(SecretsScan.debugLog(), StandardCharsets.UTF_8)).as("log")
                .contains("alilive-callbacks").doesNotContain(AUTH_KEY);
        assertThat(URISupport.sanitizeUri(routeUri)).contains("authKey=xxxxxx").doesNotContain(AUTH_KEY);
        assertThat(results.get(0).getMessage().getHeaders().toString()).doesNotContain(AUTH_KEY);
    }

    @Test
    void theStringToSignQuotedBySignatureErrorsLosesItsSecurityToken() {
        String v1 = "Specified signature is not matched with our calculation. server string to sign is:POST&%2F&"
                    + "AccessKeyId%3Did%26SecurityToken%3D" + SECURITY_TOKEN + "%252Fx%26SignatureMethod%3DHMAC-SHA1";
        String acs3 = "server string to sign is:POST\n/\n\nx-acs-date:2026\nx-acs-security-token:" + SECURITY_TOKEN
                      + "\nx-acs-version:2016-11-01\n";

        assertThat(AliliveApi.withoutToken(v1)).doesNotContain(SECURITY_TOKEN)
                .contains("SecurityToken%3D***%26SignatureMethod%3DHMAC-SHA1");
        assertThat(AliliveApi.withoutToken(acs3)).doesNotContain(SECURITY_TOKEN)
                .contains("x-acs-security-token:***\nx-acs-version:2016-11-01");
    }
}
