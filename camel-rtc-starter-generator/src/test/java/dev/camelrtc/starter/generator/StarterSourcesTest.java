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
package dev.camelrtc.starter.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How catalog options become starter properties. That the real starters' metadata matches their catalogs is proven by
 * each starter's StarterMetadataTest.
 */
class StarterSourcesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void optionsBecomeFieldsWithTheirDefaultsAndDescriptions() throws Exception {
        JsonNode catalog = JSON.readTree("""
                {"component": {"scheme": "demo-callbacks", "javaType": "org.example.DemoCallbacksComponent"},
                 "componentProperties": {
                   "region": {"type": "string", "javaType": "java.lang.String", "defaultValue": "cn-\\"x\\"",
                              "description": "The region."},
                   "notFoundGrace": {"type": "duration", "javaType": "long", "defaultValue": "30000",
                                     "description": "How long."},
                   "retryAttempts": {"type": "integer", "javaType": "int", "defaultValue": 3, "description": "Tries."},
                   "lazy": {"type": "boolean", "javaType": "boolean", "defaultValue": false, "description": "Lazy."},
                   "stateRepository": {"type": "object",
                                       "javaType": "org.apache.camel.spi.StateRepository<java.lang.String, java.lang.String>",
                                       "description": "Where state is kept."}}}
                """);
        StarterSources sources = new StarterSources("org.example.springboot", catalog);

        assertThat(sources.configurationClass()).isEqualTo("org.example.springboot.DemoCallbacksComponentConfiguration");
        assertThat(sources.autoConfigurationClass())
                .isEqualTo("org.example.springboot.DemoCallbacksComponentAutoConfiguration");
        assertThat(sources.configurationSource())
                .contains("@ConfigurationProperties(prefix = \"camel.component.demo-callbacks\")")
                .contains("/** The region. */\n    private String region = \"cn-\\\"x\\\"\";")
                .contains("private Long notFoundGrace = 30000L;", "private Integer retryAttempts = 3;",
                        "private Boolean lazy = false;", "public void setNotFoundGrace(Long notFoundGrace)")
                .contains("/** Where state is kept. The option is a org.apache.camel.spi.StateRepository bean: a reference"
                          + " such as #bean:name. */\n    private String stateRepository;");
        assertThat(sources.autoConfigurationSource())
                .contains("@ConditionalOnHierarchicalProperties({ \"camel.component\", \"camel.component.demo-callbacks\" })")
                .contains("target instanceof org.example.DemoCallbacksComponent");
    }

    @Test
    void anOptionWithoutAPropertyTypeFailsTheBuildNamingIt() throws Exception {
        JsonNode option = JSON.readTree("{\"type\": \"array\", \"javaType\": \"java.util.List<java.lang.String>\"}");
        assertThatThrownBy(() -> StarterSources.property("topics", option)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("option topics").hasMessageContaining("java.util.List");
    }
}
