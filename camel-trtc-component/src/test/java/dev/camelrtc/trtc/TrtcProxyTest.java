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

import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.support.call.CloudApiException;
import dev.camelrtc.support.testing.CamelContexts;
import dev.camelrtc.support.testing.ForwardProxy;
import dev.camelrtc.trtc.model.DescribeAITranscriptionResponse;
import dev.camelrtc.trtc.model.StartAITranscriptionRequest;
import dev.camelrtc.trtc.model.StartAITranscriptionResponse;
import dev.camelrtc.trtc.model.TranscriptionParams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Calls through a real forward proxy on loopback in front of the simulator: the proxy options and the JVM's. */
class TrtcProxyTest {

    private static final long SDK_APP_ID = 1400000077L;
    private static final String PROXY_USER = "proxy-user";
    private static final String PROXY_PASSWORD = "ProxyPasswordNeverShown0001";

    @RegisterExtension
    static final RtcSimulatorExtension SIM = SimulatedTrtc.simulator();

    @RegisterExtension
    final CamelContexts camel = new CamelContexts();

    private static StartAITranscriptionRequest transcription(String room) {
        return new StartAITranscriptionRequest().withRoomId(room)
                .withTranscriptionParams(new TranscriptionParams().withUserId("bot-" + room).withUserSig("sig"));
    }

    private ProducerTemplate template(TrtcComponent trtc) throws Exception {
        CamelContext context = camel.start("trtc", trtc, null);
        return context.createProducerTemplate();
    }

    @ParameterizedTest(name = "synchronous={0}")
    @ValueSource(booleans = { false, true })
    void callsGoThroughTheProxyOfTheOptionsWithItsCredentials(boolean synchronous) throws Exception {
        try (ForwardProxy proxy = ForwardProxy.withBasicAuth(PROXY_USER, PROXY_PASSWORD)) {
            TrtcComponent trtc = SimulatedTrtc.component(SIM, SDK_APP_ID);
            TrtcConfiguration configuration = trtc.getConfiguration();
            configuration.setSynchronous(synchronous);
            configuration.setProxyHost(proxy.host());
            configuration.setProxyPort(proxy.port());
            configuration.setProxyUsername(PROXY_USER);
            configuration.setProxyPassword(PROXY_PASSWORD);
            ProducerTemplate template = template(trtc);

            int calls = 4;
            for (int i = 0; i < calls; i++) {
                Exchange started = template.request("trtc:startAITranscription",
                        e -> e.getMessage().setBody(transcription("proxied-" + e.getExchangeId())));
                assertThat(started.getException()).isNull();
                String taskId = started.getMessage().getHeader(TrtcConstants.TASK_ID, String.class);
                Exchange described = template.request("trtc:describeAITranscription?taskId=RAW(" + taskId + ")",
                        e -> { });
                assertThat(described.getException()).isNull();
                assertThat(described.getMessage().getHeader(TrtcConstants.STATUS)).isNotNull();
            }

            System.out.printf("proxy: %d calls, %d forwarded, %d challenged (407)%n", 2 * calls, proxy.forwarded(),
                    proxy.challenged());
            assertThat(proxy.forwarded()).isEqualTo(2 * calls);
            assertThat(proxy.challenged()).as("the proxy required authentication").isPositive();
            assertThat(proxy.forwardedRequests()).allSatisfy(head -> assertThat(head)
                    .startsWith("POST " + SIM.simulator().baseUrl() + "/ HTTP/1.1")
                    .contains("X-TC-Action: ", "Proxy-Authorization: Basic "));
        }
    }

    @Test
    void theBlockingAndTheAsynchronousPathSendTheSameRequest() throws Exception {
        try (ForwardProxy proxy = ForwardProxy.open()) {
            ProducerTemplate template = template(SimulatedTrtc.component(SIM, SDK_APP_ID));
            String taskId = template.requestBody("trtc:startAITranscription", transcription("wire"),
                    StartAITranscriptionResponse.class).getTaskId();
            String describe = "trtc:describeAITranscription?taskId=RAW(" + taskId + ")&proxyHost=" + proxy.host()
                              + "&proxyPort=" + proxy.port() + "&synchronous=";

            for (boolean synchronous : new boolean[] { false, true }) {
                assertThat(template.requestBody(describe + synchronous, null, DescribeAITranscriptionResponse.class)
                        .getTaskId()).isEqualTo(taskId);
            }

            List<String> requests = proxy.forwardedRequests();
            assertThat(requests).hasSize(2);
            List<String> asynchronous = headerNames(requests.get(0));
            List<String> blocking = headerNames(requests.get(1));
            System.out.println("asynchronous path sends " + asynchronous + "\nblocking path sends " + blocking);
            // the blocking client used to add Accept-Encoding: gzip, x-gzip, deflate, which the asynchronous one never sent
            assertThat(blocking).containsExactlyInAnyOrderElementsOf(asynchronous).doesNotContain("accept-encoding");
            assertThat(body(requests.get(1))).isEqualTo(body(requests.get(0)));
        }
    }

    /**
     * The lower-cased end-to-end header names of a forwarded request's text: without Connection, a hop-by-hop header
     * for the proxy, which the asynchronous client sends to a proxy and the classic one does not.
     */
    private static List<String> headerNames(String request) {
        String head = request.substring(0, request.indexOf("\n\n"));
        return head.lines().skip(1).map(line -> line.substring(0, line.indexOf(':')).toLowerCase(Locale.ROOT))
                .filter(name -> !name.equals("connection")).toList();
    }

    private static String body(String request) {
        return request.substring(request.indexOf("\n\n") + 2);
    }

    @ParameterizedTest(name = "synchronous={0}")
    @ValueSource(booleans = { false, true })
    void aWrongProxyPasswordFailsClearlyWithoutReachingTheCloud(boolean synchronous) throws Exception {
        try (ForwardProxy proxy = ForwardProxy.withBasicAuth(PROXY_USER, PROXY_PASSWORD)) {
            TrtcComponent trtc = SimulatedTrtc.component(SIM, SDK_APP_ID);
            trtc.getConfiguration().setSynchronous(synchronous);
            ProducerTemplate template = template(trtc);
            String uri = "trtc:startAITranscription?proxyHost=" + proxy.host() + "&proxyPort=" + proxy.port()
                         + "&proxyUsername=" + PROXY_USER + "&proxyPassword=RAW(" + PROXY_PASSWORD + "x)";

            Exchange refused = template.request(uri, e -> e.getMessage().setBody(transcription("refused")));
            Exchange noCredentials = template.request("trtc:startAITranscription?proxyHost=" + proxy.host()
                                                      + "&proxyPort=" + proxy.port(),
                    e -> e.getMessage().setBody(transcription("anonymous")));

            assertThat(refused.getException()).isInstanceOfSatisfying(TrtcException.class, e -> {
                assertThat(e.getCode()).isEqualTo(CloudApiException.PROXY_AUTHENTICATION_FAILED);
                assertThat(e.getHttpStatus()).isEqualTo(407);
                assertThat(e.getMessage()).contains("StartAITranscription", "proxy " + proxy.host() + ":"
                        + proxy.port(), "rejected the proxyUsername and proxyPassword options")
                        .doesNotContain(PROXY_PASSWORD);
            });
            assertThat(noCredentials.getException()).isInstanceOfSatisfying(TrtcException.class,
                    e -> assertThat(e.getMessage()).contains("requires authentication: set the proxyUsername and"
                                                             + " proxyPassword options"));
            assertThat(proxy.forwarded()).isZero();
            assertThat(proxy.challenged()).isGreaterThanOrEqualTo(2);
        }
    }

    @ParameterizedTest(name = "synchronous={0}")
    @ValueSource(booleans = { false, true })
    void withoutProxyOptionsTheJvmProxySettingsOfTheMomentApply(boolean synchronous) throws Exception {
        try (ForwardProxy proxy = ForwardProxy.withBasicAuth(PROXY_USER, PROXY_PASSWORD)) {
            TrtcComponent trtc = SimulatedTrtc.component(SIM, SDK_APP_ID);
            trtc.getConfiguration().setSynchronous(synchronous);
            ProducerTemplate template = template(trtc);
            Exchange direct = template.request("trtc:startAITranscription",
                    e -> e.getMessage().setBody(transcription("direct-" + synchronous)));
            assertThat(direct.getException()).isNull();
            Map<String, String> jvmProxy = Map.of("http.proxyHost", proxy.host(), "http.proxyPort",
                    Integer.toString(proxy.port()), "http.proxyUser", PROXY_USER, "http.proxyPassword", PROXY_PASSWORD);
            Map<String, String> saved = new HashMap<>();
            jvmProxy.keySet().forEach(name -> saved.put(name, System.getProperty(name)));
            ProxySelector jvmSelector = ProxySelector.getDefault();
            try {
                jvmProxy.forEach(System::setProperty);
                // the JDK's selector reads the properties above but never proxies loopback, where the simulator is:
                // the JVM's selector is replaced by one that proxies every host, as a PAC or system proxy may
                ProxySelector.setDefault(ProxySelector.of(new InetSocketAddress(proxy.host(), proxy.port())));

                Exchange started = template.request("trtc:startAITranscription",
                        e -> e.getMessage().setBody(transcription("jvm-proxy-" + synchronous)));

                assertThat(started.getException()).isNull();
                assertThat(proxy.forwarded()).as("the selector set after the first call is asked").isEqualTo(1);
                assertThat(proxy.challenged()).as("authenticated with http.proxyUser/http.proxyPassword").isOne();
            } finally {
                ProxySelector.setDefault(jvmSelector);
                saved.forEach((name, value) -> {
                    if (value == null) {
                        System.clearProperty(name);
                    } else {
                        System.setProperty(name, value);
                    }
                });
            }
            Exchange directAgain = template.request("trtc:describeAITranscription?taskId=RAW("
                    + direct.getMessage().getHeader(TrtcConstants.TASK_ID, String.class) + ")", e -> { });
            assertThat(directAgain.getException()).isNull();
            assertThat(proxy.forwarded()).as("direct again once the JVM's selector is restored").isEqualTo(1);
        }
    }

    @Test
    void incompleteProxyOptionsFailNamingTheOptionBeforeAnyRequest() throws Exception {
        CamelContext context = camel.start("trtc", SimulatedTrtc.component(SIM, SDK_APP_ID), null);

        assertThatThrownBy(() -> context.getEndpoint("trtc:stopAITranscription?taskId=t&proxyHost=127.0.0.1"))
                .rootCause().hasMessage("trtc:stopAITranscription: the proxyPort option is required with proxyHost");
        assertThatThrownBy(() -> context.getEndpoint("trtc:stopAITranscription?taskId=t&proxyPort=3128"))
                .rootCause().hasMessage("trtc:stopAITranscription: the proxyPort option needs proxyHost");
        assertThatThrownBy(() -> context.getEndpoint("trtc:stopAITranscription?taskId=t&proxyHost=p&proxyPort=0"))
                .rootCause().hasMessage("trtc:stopAITranscription: invalid proxyPort option 0: expected 1 to 65535");
        assertThatThrownBy(() -> context.getEndpoint("trtc:stopAITranscription?taskId=t&proxyHost=p&proxyPort=3128"
                                                     + "&proxyPassword=RAW(" + PROXY_PASSWORD + ")"))
                .rootCause().hasMessage("trtc:stopAITranscription: the proxyPassword option needs proxyUsername");
    }
}
