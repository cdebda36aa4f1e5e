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

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelrtc.simulator.RtcSimulatorExtension;
import dev.camelrtc.simulator.aliyun.RtcAsrTasks;

import static dev.camelrtc.support.docs.DocsExamples.firstYamlBlock;
import static org.assertj.core.api.Assertions.assertThat;

/** The YAML route example of docs/alilive-component.adoc, loaded as written and run against the simulator. */
class AliliveDocsYamlExampleTest {

    private static final Path DOC = Path.of("..", "docs", "alilive-component.adoc");

    @RegisterExtension
    static final RtcSimulatorExtension SIM = SimulatedAlilive.simulator();

    private CamelContext context;

    @BeforeEach
    void start() {
        context = new DefaultCamelContext();
        // what camel.component.alilive.* in application.properties does on Camel Main
        AliliveConfiguration configuration = context.getComponent("alilive", AliliveComponent.class).getConfiguration();
        configuration.setAccessKey(SimulatedAlilive.KEY_ID);
        configuration.setSecretKey(SimulatedAlilive.KEY_SECRET);
        configuration.setEndpoint(SIM.simulator().baseUrl());
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void yamlExampleStartsATaskAndListsTasks() throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(
                ResourceHelper.fromString("alilive-example.camel.yaml", firstYamlBlock(DOC)));
        NotifyBuilder listed = new NotifyBuilder(context).fromRoute("list-live-asr").whenCompleted(1).create();
        context.start();

        var reply = context.createProducerTemplate().request("direct:stream-online",
                e -> e.getMessage().setHeaders(new java.util.HashMap<>(Map.of("streamUrl", "rtmp://example.com/live/s1"))));

        assertThat(reply.getException()).isNull();
        String taskId = reply.getMessage().getHeader(AliliveConstants.TASK_ID, String.class);
        assertThat(taskId).startsWith("asr-");
        assertThat(SIM.simulator().rtcAsrTasks().list()).extracting(RtcAsrTasks.TaskView::taskId)
                .containsExactly(taskId);
        assertThat(listed.matches(15, TimeUnit.SECONDS)).as("the timer route completed a query").isTrue();
    }
}
