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
package dev.camelrtc.trtc.springboot;

import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.camelrtc.trtc.TrtcComponent;
import dev.camelrtc.trtc.TrtcConfiguration;
import dev.camelrtc.trtc.callback.TrtcCallbacksComponent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter's auto-configurations in a Spring Boot application context with Camel's own: properties reach the
 * components, and the enabled switches turn that off.
 */
class TrtcComponentAutoConfigurationTest {

    private static final String SECRET_KEY = "starterTestSecretKey0000000000000";
    private static final String CALLBACK_SECRET = "starterTestCallbackKey00000";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class, TrtcComponentAutoConfiguration.class,
                    TrtcCallbacksComponentAutoConfiguration.class))
            .withBean("taskState", MemoryStateRepository.class)
            .withPropertyValues("camel.component.trtc.region=ap-singapore",
                    "camel.component.trtc.endpoint=http://127.0.0.1:1",
                    "camel.component.trtc.secret-id=AKIDstartertest",
                    "camel.component.trtc.secret-key=" + SECRET_KEY,
                    "camel.component.trtc.sdk-app-id=1400000001",
                    "camel.component.trtc.retry-attempts=5",
                    "camel.component.trtc.connect-timeout=1234",
                    "camel.component.trtc.generate-session-id=false",
                    "camel.component.trtc.state-repository=#bean:taskState",
                    "camel.component.trtc.max-connections=7",
                    "camel.component.trtc.rate-limits=DescribeAITranscription=5",
                    "camel.component.trtc-callbacks.callback-secret=" + CALLBACK_SECRET);

    @Test
    void applicationsFindTheAutoConfigurations() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()).getCandidates())
                .contains(TrtcComponentAutoConfiguration.class.getName(),
                        TrtcCallbacksComponentAutoConfiguration.class.getName());
    }

    @Test
    void propertiesReachTheComponents() {
        runner.run(context -> {
            CamelContext camel = context.getBean(CamelContext.class);
            TrtcComponent trtc = camel.getComponent("trtc", TrtcComponent.class);
            TrtcConfiguration configuration = trtc.getConfiguration();
            assertThat(configuration.getRegion()).isEqualTo("ap-singapore");
            assertThat(configuration.getEndpoint()).isEqualTo("http://127.0.0.1:1");
            assertThat(configuration.getSecretId()).isEqualTo("AKIDstartertest");
            assertThat(configuration.getSecretKey()).isEqualTo(SECRET_KEY);
            assertThat(configuration.getSdkAppId()).isEqualTo(1400000001L);
            assertThat(configuration.getRetryAttempts()).isEqualTo(5);
            assertThat(configuration.getConnectTimeout()).isEqualTo(1234L);
            assertThat(configuration.isGenerateSessionId()).isFalse();
            assertThat(configuration.getStateRepository()).isSameAs(context.getBean("taskState"));
            assertThat(configuration.getResponseTimeout()).as("unset: the component's default").isEqualTo(30_000L);
            assertThat(trtc.getMaxConnections()).isEqualTo(7);
            assertThat(trtc.getRateLimits()).isEqualTo("DescribeAITranscription=5");
            assertThat(camel.getComponent("trtc-callbacks", TrtcCallbacksComponent.class).getCallbackSecret())
                    .isEqualTo(CALLBACK_SECRET);

            // an endpoint copies the component's configuration; the secret is not in its URI
            var endpoint = camel.getEndpoint("trtc:describeAITranscription?taskId=t1");
            assertThat(endpoint.getEndpointUri()).doesNotContain(SECRET_KEY);
            assertThat(endpoint.toString()).doesNotContain(SECRET_KEY);
        });
    }

    @Test
    void theEnabledSwitchLeavesTheComponentAlone() {
        runner.withPropertyValues("camel.component.trtc.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(TrtcComponentAutoConfiguration.class);
            TrtcComponent trtc = context.getBean(CamelContext.class).getComponent("trtc", TrtcComponent.class);
            assertThat(trtc.getConfiguration().getRegion()).isNull();
            assertThat(trtc.getConfiguration().getRetryAttempts()).isEqualTo(3);
            // the other component of the starter is still configured
            assertThat(context.getBean(CamelContext.class).getComponent("trtc-callbacks", TrtcCallbacksComponent.class)
                    .getCallbackSecret()).isEqualTo(CALLBACK_SECRET);
        });
    }

    @Test
    void theCustomizerSwitchLeavesTheComponentAlone() {
        runner.withPropertyValues("camel.component.trtc.customizer.enabled=false").run(context -> {
            TrtcComponent trtc = context.getBean(CamelContext.class).getComponent("trtc", TrtcComponent.class);
            assertThat(trtc.getConfiguration().getRegion()).isNull();
            assertThat(trtc.getMaxConnections()).isEqualTo(50);
        });
    }
}
