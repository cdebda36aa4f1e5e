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

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelrtc.simulator.RtcSimulatorExtension;

import static dev.camelrtc.support.docs.DocsExamples.firstYamlBlock;
import static dev.camelrtc.trtc.SimulatedTrtc.SECRET_ID;
import static dev.camelrtc.trtc.SimulatedTrtc.SECRET_KEY;
import static org.apache.camel.builder.Builder.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The YAML route example of docs/trtc-component.adoc, loaded as written and run against the simulator. */
class TrtcDocsYamlExampleTest {

    private static final Path DOC = Path.of("..", "docs", "trtc-component.adoc");
    @RegisterExtension
    static final RtcSimulatorExtension SIM = SimulatedTrtc.simulator(Duration.ofSeconds(30));

    private CamelContext context;

    @BeforeEach
    void start() {
        context = new DefaultCamelContext();
        // what camel.component.trtc.* in application.properties does on Camel Main
        TrtcConfiguration configuration = context.getComponent("trtc", TrtcComponent.class).getConfiguration();
        configuration.setSecretId(SECRET_ID);
        configuration.setSecretKey(SECRET_KEY);
        configuration.setEndpoint(SIM.simulator().baseUrl());
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void yamlExampleStartsATaskAndReportsItsEnd() throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(
                ResourceHelper.fromString("trtc-example.camel.yaml", firstYamlBlock(DOC)));
        NotifyBuilder ended = new NotifyBuilder(context).fromRoute("transcription-status")
                .filter(header(TrtcConstants.TASK_ENDED).isEqualTo(true)).whenCompleted(1).create();
        context.start();

        Exchange reply = context.createProducerTemplate().request("direct:room-opened", e -> e.getMessage()
                .setHeaders(new java.util.HashMap<>(Map.of("roomId", "docs-room", "botUserSig", "sig"))));
        assertThat(reply.getException()).isNull();
        String taskId = reply.getMessage().getHeader(TrtcConstants.TASK_ID, String.class);
        assertThat(SIM.simulator().tasksAsJson().toString()).contains(taskId).contains("docs-room");
        TrtcTaskConsumer consumer = (TrtcTaskConsumer) context.getRoute("transcription-status").getConsumer();
        await().atMost(Duration.ofSeconds(15)).until(() -> consumer.tracker().deliveredStatuses().get(taskId) != null);

        context.createProducerTemplate().requestBodyAndHeader("trtc:stopAITranscription?region=ap-guangzhou"
                + "&secretId=" + SECRET_ID + "&secretKey=" + SECRET_KEY, null, TrtcConstants.TASK_ID, taskId);
        assertThat(ended.matches(20, TimeUnit.SECONDS)).as("the status route saw the task end").isTrue();
    }
}
