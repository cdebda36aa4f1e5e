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
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

import dev.camelrtc.trtc.callback.TrtcCallbacksComponent;

/**
 * Applies {@code camel.component.trtc-callbacks.*} ({@link TrtcCallbacksComponentConfiguration}) to the {@code trtc-callbacks:} component
 * when Camel creates it, through a {@link ComponentCustomizer}, as Camel's own component starters do. Off with
 * {@code camel.component.trtc-callbacks.enabled=false} (or {@code camel.component.enabled=false}); the customizer alone
 * with {@code camel.component.trtc-callbacks.customizer.enabled=false} (or {@code camel.component.customizer.enabled=false}).
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, TrtcCallbacksComponentConfiguration.class })
@ConditionalOnHierarchicalProperties({ "camel.component", "camel.component.trtc-callbacks" })
public class TrtcCallbacksComponentAutoConfiguration {

    @Lazy
    @Bean
    public ComponentCustomizer configureTrtcCallbacksComponent(ApplicationContext applicationContext,
            CamelContext camelContext, TrtcCallbacksComponentConfiguration configuration) {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                CamelPropertiesHelper.copyProperties(camelContext, configuration, target);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                        "camel.component.trtc-callbacks.customizer") && target instanceof TrtcCallbacksComponent;
            }
        };
    }
}
