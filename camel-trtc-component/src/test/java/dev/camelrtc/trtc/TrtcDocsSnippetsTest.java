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
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.support.call.ApiCredentials;

import static org.apache.camel.builder.Builder.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Java of docs/trtc-component.adoc ({@link TrtcDocsSnippets}) run against the simulator the page shows. */
class TrtcDocsSnippetsTest {

    /** The page's simulator, with the key it shows. */
    @RegisterExtension
    static final RtcSimulatorExtension DOCS_SIM = TrtcDocsSnippets.SIM;
    /** Stopped tasks stay visible long enough for the example's 2 s polls to see them end. */
    @RegisterExtension
    static final RtcSimulatorExtension SIM = SimulatedTrtc.simulator(Duration.ofSeconds(30));

    private CamelContext context;

    @BeforeEach
    void start() {
        context = new DefaultCamelContext();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void credentialsProviderSnippetSignsWithTheLeaseItFetchedUntilItExpires() throws Exception {
        AtomicInteger fetched = new AtomicInteger();
        // leases that expire within the minute of margin: fetched again for every request
        TrtcDocsSnippets.bindCredentialsProvider(context, () -> new TrtcDocsSnippets.StsCredentials.Lease(
                new ApiCredentials(SimulatedTrtc.SECRET_ID, SimulatedTrtc.SECRET_KEY, "token-" + fetched
                        .incrementAndGet()), Instant.now().plusSeconds(30)));
        TrtcComponent trtc = SimulatedTrtc.component(SIM.simulator().baseUrl(), null, null, 1400000000L);
        context.addComponent("trtc", trtc);
        context.start();

        for (int i = 0; i < 2; i++) {
            Exchange exchange = context.createProducerTemplate().request("trtc:describeAITranscription?taskId=none",
                    e -> { });
            assertThat(exchange.getException()).isInstanceOfSatisfying(TrtcException.class,
                    e -> assertThat(e.getCode()).isEqualTo("FailedOperation.TaskNotExist")); // signed and accepted
        }

        assertThat(trtc.getConfiguration().getCredentialsProvider())
                .isInstanceOf(TrtcDocsSnippets.StsCredentials.class);
        assertThat(fetched).hasValue(2);
    }

    @Test
    void componentOptionsSnippetConfiguresTheComponent() {
        TrtcComponent trtc = TrtcDocsSnippets.componentOptions(context);

        assertThat(trtc).isSameAs(context.getComponent("trtc"));
        assertThat(trtc.getConfiguration().getRegion()).isEqualTo("ap-singapore");
        assertThat(trtc.getConfiguration().getSdkAppId()).isEqualTo(1400000000L);
    }

    @Test
    void javaDslExampleStartsFollowsAndStopsATask() throws Exception {
        // what the example's properties and environment variables set
        SimulatedTrtc.configure(context.getComponent("trtc", TrtcComponent.class), SIM.simulator().baseUrl(),
                SimulatedTrtc.SECRET_ID, SimulatedTrtc.SECRET_KEY, 1400000000L);
        context.addRoutes(new TrtcDocsSnippets());
        NotifyBuilder ended = new NotifyBuilder(context).from("trtc:describeAITranscription*")
                .filter(header(TrtcConstants.TASK_ENDED).isEqualTo(true)).whenCompleted(1).create();
        context.start();

        Exchange started = context.createProducerTemplate().request("direct:transcribe",
                e -> e.getMessage().setBody("docs-java-room"));
        assertThat(started.getException()).isNull();
        String taskId = started.getMessage().getHeader(TrtcConstants.TASK_ID, String.class);
        assertThat(SIM.simulator().tasksAsJson().toString()).contains(taskId).contains("docs-java-room");
        TrtcTaskConsumer consumer = (TrtcTaskConsumer) context.getRoutes().stream()
                .filter(r -> r.getEndpoint().getEndpointUri().startsWith("trtc://describeAITranscription"))
                .findFirst().orElseThrow().getConsumer();
        await().atMost(Duration.ofSeconds(20)).until(() -> consumer.tracker().deliveredStatuses().get(taskId) != null);

        context.createProducerTemplate().sendBodyAndHeader("direct:stop", null, TrtcConstants.TASK_ID, taskId);
        assertThat(ended.matches(30, TimeUnit.SECONDS)).as("the describe route saw the task end").isTrue();
    }

    @Test
    void textToSpeechSnippetWritesTheAudioToAFileNamedByItsFormat(@TempDir Path dir) throws Exception {
        context.getPropertiesComponent().addInitialProperty("speech.dir", dir.toString());
        SimulatedTrtc.configure(context.getComponent("trtc", TrtcComponent.class), SIM.simulator().baseUrl(),
                SimulatedTrtc.SECRET_ID, SimulatedTrtc.SECRET_KEY, 1400000000L);
        context.addRoutes(TrtcDocsSnippets.speech());
        context.start();

        Exchange spoken = context.createProducerTemplate().request("direct:speak", e -> e.getMessage().setBody("hi"));

        assertThat(spoken.getException()).isNull();
        byte[] audio = Files.readAllBytes(dir.resolve(spoken.getExchangeId() + ".wav"));
        assertThat(new String(audio, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(audio).hasSize(44 + 24000 * 2 * 100 / 1000); // 24 kHz, 16 bit, 2 characters of 50 ms
    }

    @Test
    void simulatorSnippetAcceptsTheKeyItShows() throws Exception {
        TrtcComponent trtc = TrtcDocsSnippets.componentOptions(context);
        trtc.getConfiguration().setSecretId("AKIDtest0000000000000000000000000000");
        trtc.getConfiguration().setSecretKey("testSecretKey000000000000000000000");
        trtc.getConfiguration().setEndpoint(DOCS_SIM.simulator().baseUrl());
        context.addRoutes(new TrtcDocsSnippets());
        context.start();

        Exchange started = context.createProducerTemplate().request("direct:transcribe",
                e -> e.getMessage().setBody("docs-sim-room"));

        assertThat(started.getException()).isNull();
        assertThat(DOCS_SIM.simulator().tasksAsJson().toString()).contains("docs-sim-room");
    }
}
