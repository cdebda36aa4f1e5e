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
package dev.camelrtc.alilive.springboot;

import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.camelrtc.alilive.AliliveComponent;
import dev.camelrtc.alilive.AliliveConfiguration;
import dev.camelrtc.alilive.callback.AliliveCallbacksComponent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter's auto-configurations in a Spring Boot application context with Camel's own: properties reach the
 * components, and the enabled switch turns that off.
 */
class AliliveComponentAutoConfigurationTest {

    private static final String SECRET_KEY = "starterTestAccessKeySecret000000";
    private static final String AUTH_KEY = "starterTestAuthKey000000";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    AliliveComponentAutoConfiguration.class, AliliveCallbacksComponentAutoConfiguration.class))
            .withPropertyValues("camel.component.alilive.region=cn-beijing",
                    "camel.component.alilive.endpoint=http://127.0.0.1:1",
                    "camel.component.alilive.access-key=LTAIstartertest",
                    "camel.component.alilive.secret-key=" + SECRET_KEY,
                    "camel.component.alilive.signature-version=v3",
                    "camel.component.alilive.discover-tasks=false",
                    "camel.component.alilive.retry-max-delay=999",
                    "camel.component.alilive.rate-limit-enabled=false",
                    "camel.component.alilive-callbacks.auth-key=" + AUTH_KEY);

    @Test
    void applicationsFindTheAutoConfiguration() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()).getCandidates())
                .contains(AliliveComponentAutoConfiguration.class.getName(),
                        AliliveCallbacksComponentAutoConfiguration.class.getName());
    }

    @Test
    void propertiesReachTheComponent() {
        runner.run(context -> {
            CamelContext camel = context.getBean(CamelContext.class);
            AliliveComponent alilive = camel.getComponent("alilive", AliliveComponent.class);
            AliliveConfiguration configuration = alilive.getConfiguration();
            assertThat(configuration.getRegion()).isEqualTo("cn-beijing");
            assertThat(configuration.getEndpoint()).isEqualTo("http://127.0.0.1:1");
            assertThat(configuration.getAccessKey()).isEqualTo("LTAIstartertest");
            assertThat(configuration.getSecretKey()).isEqualTo(SECRET_KEY);
            assertThat(configuration.getSignatureVersion()).isEqualTo("v3");
            assertThat(configuration.isDiscoverTasks()).isFalse();
            assertThat(configuration.getRetryMaxDelay()).isEqualTo(999L);
            assertThat(alilive.isRateLimitEnabled()).isFalse();
            assertThat(camel.getComponent("alilive-callbacks", AliliveCallbacksComponent.class).getAuthKey())
                    .isEqualTo(AUTH_KEY);

            var endpoint = camel.getEndpoint("alilive:queryRtcAsrTasks");
            assertThat(endpoint.getEndpointUri()).doesNotContain(SECRET_KEY);
            assertThat(endpoint.toString()).doesNotContain(SECRET_KEY);
        });
    }

    @Test
    void theEnabledSwitchLeavesTheComponentAlone() {
        runner.withPropertyValues("camel.component.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(AliliveComponentAutoConfiguration.class)
                    .doesNotHaveBean(AliliveCallbacksComponentAutoConfiguration.class);
            AliliveConfiguration configuration = context.getBean(CamelContext.class)
                    .getComponent("alilive", AliliveComponent.class).getConfiguration();
            assertThat(configuration.getRegion()).isEqualTo("cn-shanghai");
            assertThat(configuration.getSignatureVersion()).isEqualTo("v1");
            assertThat(configuration.getAccessKey()).isNull();
        });
    }
}
