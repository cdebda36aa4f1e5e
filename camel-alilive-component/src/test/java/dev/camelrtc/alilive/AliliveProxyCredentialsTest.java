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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.camelrtc.alilive.model.CreateRtcAsrTaskRequest;
import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.simulator.SimulatorTimings;
import dev.camelrtc.support.RtcCredentialsProvider;
import dev.camelrtc.support.call.ApiCredentials;
import dev.camelrtc.support.call.CloudApiException;
import dev.camelrtc.support.testing.ForwardProxy;

import static dev.camelrtc.alilive.SimulatedAlilive.KEY_ID;
import static dev.camelrtc.alilive.SimulatedAlilive.KEY_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The alilive side of the shared proxy and credential options, through a real forward proxy on loopback in front of
 * the simulator (TrtcProxyTest and TrtcCredentialsTest cover the shared behaviour in depth): the proxy with its
 * credentials, a rotating credentialsProvider whose STS token travels as SecurityToken, and Alibaba's credentials
 * file.
 */
class AliliveProxyCredentialsTest {

    private static final String ROTATED_ID = "LTAIrotatedtest0002";
    private static final String ROTATED_SECRET = "rotatedTestSecret-never-printed";
    private static final String PROXY_USER = "proxy-user";
    private static final String PROXY_PASSWORD = "ProxyPasswordNeverShown0002";

    @RegisterExtension
    static final RtcSimulatorExtension SIM = RtcSimulatorExtension.builder().aliyunKey(KEY_ID, KEY_SECRET)
            .aliyunKey(ROTATED_ID, ROTATED_SECRET).timings(SimulatorTimings.fast()).build();

    @TempDir
    Path dir;

    private static CreateRtcAsrTaskRequest live(String stream) {
        return new CreateRtcAsrTaskRequest().withMode("live").withStreamUrl("rtmp://example.com/app/" + stream)
                .withLanguage("cn").withCallbackUrl("http://127.0.0.1:9/cb");
    }

    private static CamelContext context(AliliveComponent alilive, Object... namesAndBeans) {
        CamelContext context = new DefaultCamelContext();
        for (int i = 0; i < namesAndBeans.length; i += 2) {
            context.getRegistry().bind((String) namesAndBeans[i], namesAndBeans[i + 1]);
        }
        context.addComponent("alilive", alilive);
        context.start();
        return context;
    }

    @Test
    void callsGoThroughTheAuthenticatingProxyAndAWrongPasswordFailsClearly() throws Exception {
        try (ForwardProxy proxy = ForwardProxy.withBasicAuth(PROXY_USER, PROXY_PASSWORD);
             CamelContext context = context(SimulatedAlilive.component(SIM))) {
            ProducerTemplate template = context.createProducerTemplate();
            String proxied = "alilive:createRtcAsrTask?proxyHost=" + proxy.host() + "&proxyPort=" + proxy.port()
                             + "&proxyUsername=" + PROXY_USER + "&proxyPassword=RAW(" + PROXY_PASSWORD;

            Exchange created = template.request(proxied + ")", e -> e.getMessage().setBody(live("proxied")));
            Exchange refused = template.request(proxied + "x)", e -> e.getMessage().setBody(live("refused")));

            System.out.printf("alilive proxy: 2 calls, %d forwarded, %d challenged (407)%n", proxy.forwarded(),
                    proxy.challenged());
            assertThat(created.getException()).isNull();
            assertThat(created.getMessage().getHeader(AliliveConstants.TASK_ID, String.class)).isNotBlank();
            assertThat(refused.getException()).isInstanceOfSatisfying(AliliveException.class, e -> {
                assertThat(e.getCode()).isEqualTo(CloudApiException.PROXY_AUTHENTICATION_FAILED);
                assertThat(e.getMessage()).contains("CreateRtcAsrTask", "rejected the proxyUsername and"
                                                                        + " proxyPassword options")
                        .doesNotContain(PROXY_PASSWORD);
            });
            assertThat(proxy.forwarded()).isEqualTo(1);
            assertThat(proxy.forwardedRequests().get(0)).startsWith("POST " + SIM.simulator().baseUrl() + "/ HTTP/1.1")
                    .contains("Action=CreateRtcAsrTask");
        }
    }

    @Test
    void aRotatingProviderIsAskedForEveryRequestAndItsTokenIsSentAsSecurityToken() throws Exception {
        AtomicReference<ApiCredentials> current = new AtomicReference<>(new ApiCredentials(KEY_ID, KEY_SECRET,
                "sts-token-1"));
        AtomicInteger asked = new AtomicInteger();
        RtcCredentialsProvider provider = () -> {
            asked.incrementAndGet();
            return current.get();
        };
        try (ForwardProxy proxy = ForwardProxy.open();
             CamelContext context = context(SimulatedAlilive.component(SIM.simulator().baseUrl(), null, null),
                     "sts", provider)) {
            ProducerTemplate template = context.createProducerTemplate();
            String uri = "alilive:createRtcAsrTask?proxyHost=" + proxy.host() + "&proxyPort=" + proxy.port();

            Exchange first = template.request(uri, e -> e.getMessage().setBody(live("rotate-1")));
            current.set(new ApiCredentials(ROTATED_ID, ROTATED_SECRET, "sts-token-2"));
            Exchange second = template.request(uri, e -> e.getMessage().setBody(live("rotate-2")));

            assertThat(first.getException()).isNull();
            assertThat(second.getException()).isNull();
            List<String> requests = proxy.forwardedRequests();
            System.out.printf("alilive credentials provider: %d requests, asked %d times%n", requests.size(),
                    asked.get());
            assertThat(asked).hasValue(2);
            assertThat(requests.get(0)).contains("AccessKeyId=" + KEY_ID, "SecurityToken=sts-token-1");
            assertThat(requests.get(1)).contains("AccessKeyId=" + ROTATED_ID, "SecurityToken=sts-token-2");
        }
    }

    @Test
    void theCredentialsFileOfAlibabaCloudsSdksIsReadWhenNothingElseGivesCredentials() throws Exception {
        assumeTrue(System.getenv(AliliveConfiguration.ENV_ACCESS_KEY_ID) == null, "ALIBABA_CLOUD_ACCESS_KEY_ID is set");
        assumeTrue(System.getenv(AliliveConfiguration.ENV_PROFILE) == null, "ALIBABA_CLOUD_PROFILE is set");
        Path file = dir.resolve("credentials.ini");
        Files.writeString(file, "; as credentials-java's ProfileCredentialsProvider reads it\n[default]\nenable = true\n"
                                + "type = access_key\naccess_key_id = " + KEY_ID + "\naccess_key_secret = "
                                + KEY_SECRET + "\n");
        Path disabled = dir.resolve("disabled.ini");
        Files.writeString(disabled, "[default]\nenable = false\ntype = access_key\naccess_key_id = " + KEY_ID
                                    + "\naccess_key_secret = " + KEY_SECRET + "\n");
        AliliveComponent alilive = SimulatedAlilive.component(SIM.simulator().baseUrl(), null, null);
        alilive.getConfiguration().setCredentialsFile(file.toString());
        try (CamelContext context = context(alilive)) {
            Exchange created = context.createProducerTemplate().request("alilive:createRtcAsrTask",
                    e -> e.getMessage().setBody(live("from-file")));

            assertThat(created.getException()).isNull();
            assertThatThrownBy(() -> context.getEndpoint("alilive:stopRtcAsrTask?taskId=t&credentialsFile="
                                                         + disabled))
                    .rootCause().hasMessageContaining("or the credentials file [default] of " + disabled
                                                      + " (accessKey is missing)")
                    .hasMessageNotContaining(KEY_SECRET);
        }
    }
}
