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

import java.util.Properties;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.camelrtc.alilive.model.CreateRtcAsrTaskRequest;
import dev.camelrtc.simulator.RtcSimulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java of docs/alilive-component.adoc ({@link AliliveDocsSnippets}) run against the standalone simulator the page
 * shows.
 */
class AliliveDocsSnippetsTest {

    private RtcSimulator sim;
    private CamelContext context;

    @BeforeEach
    void start() {
        sim = AliliveDocsSnippets.standaloneSimulator();
        context = new DefaultCamelContext();
        Properties properties = new Properties();
        properties.setProperty("asr.callback.key", "docs-callback-key");
        context.getPropertiesComponent().setInitialProperties(properties);
        context.addComponent("alilive", SimulatedAlilive.component(sim.baseUrl(), "LTAItestkey", "testsecret"));
    }

    @AfterEach
    void stop() {
        context.stop();
        sim.close();
    }

    @Test
    void taskWithCallbackReadsTheKeyThroughCamel() {
        CreateRtcAsrTaskRequest request = AliliveDocsSnippets.taskWithCallback(context);

        assertThat(request.getAuthKey()).isEqualTo("docs-callback-key");
    }

    @Test
    void javaDslExampleCreatesStopsAndDeletesATask() throws Exception {
        context.addRoutes(new AliliveDocsSnippets());
        context.start();

        Exchange created = context.createProducerTemplate().request("direct:start-asr", e -> {
        });
        assertThat(created.getException()).isNull();
        String taskId = created.getMessage().getHeader(AliliveConstants.TASK_ID, String.class);
        // the AuthKey sent is the property's value, not the placeholder's text
        assertThat(sim.rtcAsrTasks().callbackTargets()).singleElement().satisfies(target -> {
            assertThat(target.taskId()).isEqualTo(taskId);
            assertThat(target.authKey()).isEqualTo("docs-callback-key");
            assertThat(target.callbackUrl()).isEqualTo("https://example.com/asr/callback");
        });

        Exchange stopped = context.createProducerTemplate().request("direct:stop-asr",
                e -> e.getMessage().setHeader(AliliveConstants.TASK_ID, taskId));
        assertThat(stopped.getException()).isNull();
        assertThat(sim.tasksAsJson().toString()).doesNotContain(taskId);
    }
}
