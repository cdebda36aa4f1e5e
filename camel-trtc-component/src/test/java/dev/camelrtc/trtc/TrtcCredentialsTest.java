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

import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.simulator.SimulatorTimings;
import dev.camelrtc.support.RtcCredentialsProvider;
import dev.camelrtc.support.call.ApiCredentials;
import dev.camelrtc.support.call.CloudApiException;
import dev.camelrtc.support.testing.ForwardProxy;
import dev.camelrtc.trtc.model.StartAITranscriptionRequest;
import dev.camelrtc.trtc.model.TranscriptionParams;

import static dev.camelrtc.trtc.SimulatedTrtc.SECRET_ID;
import static dev.camelrtc.trtc.SimulatedTrtc.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Where credentials come from besides the options: a credentialsProvider bean (autowired or #bean, asked per
 * request, so rotation works) and Tencent's credentials file; against the simulator, which accepts two keys.
 */
class TrtcCredentialsTest {

    private static final long SDK_APP_ID = 1400000078L;
    private static final String ROTATED_ID = "AKIDrotatedtest0000000000000000000";
    private static final String ROTATED_KEY = "rotatedTestSecretKey000000000000";

    @RegisterExtension
    static final RtcSimulatorExtension SIM = RtcSimulatorExtension.builder().tencentKey(SECRET_ID, SECRET_KEY)
            .tencentKey(ROTATED_ID, ROTATED_KEY).timings(SimulatorTimings.fast()).build();

    @TempDir
    Path dir;

    /** A provider whose credentials a test swaps, counting how often it is asked. */
    static final class RotatingProvider implements RtcCredentialsProvider {
        final AtomicReference<ApiCredentials> current;
        final AtomicInteger asked = new AtomicInteger();

        RotatingProvider(ApiCredentials first) {
            current = new AtomicReference<>(first);
        }

        @Override
        public ApiCredentials credentials() {
            asked.incrementAndGet();
            return current.get();
        }
    }

    private static StartAITranscriptionRequest transcription(String room) {
        return new StartAITranscriptionRequest().withRoomId(room)
                .withTranscriptionParams(new TranscriptionParams().withUserId("bot-" + room).withUserSig("sig"));
    }

    /** A started context with a trtc component without key options, the beans bound before it is added. */
    private static CamelContext context(TrtcComponent trtc, Object... namesAndBeans) {
        CamelContext context = new DefaultCamelContext();
        for (int i = 0; i < namesAndBeans.length; i += 2) {
            context.getRegistry().bind((String) namesAndBeans[i], namesAndBeans[i + 1]);
        }
        context.addComponent("trtc", trtc);
        context.start();
        return context;
    }

    private static TrtcComponent withoutKeys() {
        return SimulatedTrtc.component(SIM.simulator().baseUrl(), null, null, SDK_APP_ID);
    }

    @Test
    void aRotatingProviderIsAskedForEveryRequestAndItsTokenIsSentAsXTcToken() throws Exception {
        RotatingProvider provider = new RotatingProvider(new ApiCredentials(SECRET_ID, SECRET_KEY, "token-1"));
        try (ForwardProxy proxy = ForwardProxy.open(); CamelContext context = context(withoutKeys(), "vault",
                provider)) {
            ProducerTemplate template = context.createProducerTemplate();
            String uri = "trtc:startAITranscription?proxyHost=" + proxy.host() + "&proxyPort=" + proxy.port();

            Exchange first = template.request(uri, e -> e.getMessage().setBody(transcription("rotate-1")));
            provider.current.set(new ApiCredentials(ROTATED_ID, ROTATED_KEY, "token-2"));
            Exchange second = template.request(uri, e -> e.getMessage().setBody(transcription("rotate-2")));
            provider.current.set(new ApiCredentials("AKIDrevoked00000000000000000000000", "revoked", null));
            Exchange revoked = template.request(uri, e -> e.getMessage().setBody(transcription("rotate-3")));

            assertThat(first.getException()).isNull();
            assertThat(second.getException()).isNull();
            assertThat(revoked.getException()).isInstanceOfSatisfying(TrtcException.class,
                    e -> assertThat(e.getCode()).startsWith("AuthFailure"));
            List<String> heads = proxy.forwardedRequests();
            System.out.printf("credentials provider: %d requests, asked %d times%n", heads.size(), provider.asked.get());
            assertThat(heads).hasSize(3);
            assertThat(provider.asked).hasValue(3);
            assertThat(heads.get(0)).contains("Credential=" + SECRET_ID + "/", "X-TC-Token: token-1");
            assertThat(heads.get(1)).contains("Credential=" + ROTATED_ID + "/", "X-TC-Token: token-2");
            assertThat(heads.get(2)).doesNotContain("X-TC-Token");
        }
    }

    @Test
    void aFailingProviderFailsTheCallClearlyWithoutSendingIt() throws Exception {
        RtcCredentialsProvider broken = () -> {
            throw new IllegalStateException("vault sealed");
        };
        try (ForwardProxy proxy = ForwardProxy.open(); CamelContext context = context(withoutKeys(), "vault", broken)) {
            Exchange failed = context.createProducerTemplate().request("trtc:startAITranscription?proxyHost="
                    + proxy.host() + "&proxyPort=" + proxy.port(), e -> e.getMessage().setBody(transcription("x")));

            assertThat(failed.getException()).isInstanceOfSatisfying(TrtcException.class, e -> {
                assertThat(e.getCode()).isEqualTo(CloudApiException.CREDENTIALS_UNAVAILABLE);
                assertThat(e.getMessage()).contains("StartAITranscription", "could not be signed, nothing was sent",
                        "the credentials provider failed with java.lang.IllegalStateException");
                // a provider's message may hold token material
                assertThat(e.getMessage()).doesNotContain("vault sealed");
            });
            assertThat(proxy.forwarded()).isZero();
        }
    }

    @Test
    void aBeanNamedInTheUriIsUsedWhenSeveralAreBound() throws Exception {
        RotatingProvider first = new RotatingProvider(new ApiCredentials(SECRET_ID, SECRET_KEY, null));
        RotatingProvider second = new RotatingProvider(new ApiCredentials(ROTATED_ID, ROTATED_KEY, null));
        try (CamelContext context = context(withoutKeys(), "first", first, "second", second)) {
            ProducerTemplate template = context.createProducerTemplate();

            // two beans of the type: none is autowired, so without a reference nothing gives credentials
            assertThatThrownBy(() -> context.getEndpoint("trtc:stopAITranscription?taskId=t")).rootCause()
                    .hasMessageStartingWith("trtc: no Tencent Cloud credentials: set the secretId and secretKey"
                                            + " options (on the endpoint or camel.component.trtc.*), a"
                                            + " credentialsProvider bean, the environment variables");
            Exchange started = template.request("trtc:startAITranscription?credentialsProvider=#second",
                    e -> e.getMessage().setBody(transcription("named")));

            assertThat(started.getException()).isNull();
            assertThat(second.asked).hasValue(1);
            assertThat(first.asked).hasValue(0);
        }
    }

    @Test
    void keyOptionsComeBeforeAnAutowiredProvider() throws Exception {
        RotatingProvider wrong = new RotatingProvider(new ApiCredentials("AKIDwrong", "wrong", null));
        try (CamelContext context = context(SimulatedTrtc.component(SIM, SDK_APP_ID), "vault", wrong)) {
            Exchange started = context.createProducerTemplate().request("trtc:startAITranscription",
                    e -> e.getMessage().setBody(transcription("options-first")));

            assertThat(((TrtcComponent) context.getComponent("trtc")).getConfiguration().getCredentialsProvider())
                    .as("autowired").isSameAs(wrong);
            assertThat(started.getException()).isNull();
            assertThat(wrong.asked).hasValue(0);
        }
    }

    @Test
    void theCredentialsFileOfTheTencentSdkIsReadWhenNothingElseGivesCredentials() throws Exception {
        assumeTrue(System.getenv(TrtcConfiguration.ENV_SECRET_ID) == null, "TENCENTCLOUD_SECRET_ID is set");
        Path file = dir.resolve("credentials");
        Files.writeString(file, "# as tencentcloud-sdk-java's ProfileCredentialsProvider reads it\n[default]\n"
                                + "secret_id = " + SECRET_ID + "\nsecret_key = " + SECRET_KEY + "\n\n[other]\n"
                                + "secret_id = AKIDother\nsecret_key = other\n");
        TrtcComponent trtc = withoutKeys();
        trtc.getConfiguration().setCredentialsFile(file.toString());
        try (CamelContext context = context(trtc)) {
            Exchange started = context.createProducerTemplate().request("trtc:startAITranscription",
                    e -> e.getMessage().setBody(transcription("from-file")));
            Path missing = dir.resolve("missing");

            assertThat(started.getException()).isNull();
            assertThatThrownBy(() -> context.getEndpoint("trtc:stopAITranscription?taskId=t&credentialsFile="
                                                         + missing))
                    .rootCause().hasMessageContaining("or the credentials file [default] of " + missing
                                                      + " (secretId is missing)")
                    .hasMessageNotContaining(SECRET_KEY);
        }
    }
}
