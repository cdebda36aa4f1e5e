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
package dev.camelrtc.kamelets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each Kamelet against the rules the apache/camel-kamelets catalog validator enforces (see its
 * script/validator), plus the conventions of the catalog's own Kamelets: annotations, type label, titles and
 * descriptions, secrets, required and used properties, dependencies.
 */
class KameletCatalogRulesTest {

    static final List<String> KAMELETS = List.of("trtc-ai-transcription-sink", "trtc-task-status-source",
            "trtc-transcript-source", "alilive-asr-task-sink", "alilive-asr-task-source");
    private static final Path DIR = Path.of("src/main/resources/kamelets");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\??([^}]+)}}");
    private static final Set<String> ARTICLES = Set.of("The", "A", "An");

    @Test
    void theJarShipsExactlyTheseKamelets() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(KAMELETS.stream().map(k -> k + ".kamelet.yaml").toList());
        }
        for (String name : KAMELETS) {
            assertThat(getClass().getResource("/kamelets/" + name + ".kamelet.yaml")).as(name).isNotNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "trtc-ai-transcription-sink", "trtc-task-status-source", "trtc-transcript-source",
            "alilive-asr-task-sink", "alilive-asr-task-source" })
    void followsTheCatalogRules(String name) throws IOException {
        Map<String, Object> kamelet = load(name);
        assertThat(kamelet).containsEntry("apiVersion", "camel.apache.org/v1").containsEntry("kind", "Kamelet");

        Map<String, Object> metadata = map(kamelet, "metadata");
        assertThat(metadata).containsEntry("name", name);
        String type = name.substring(name.lastIndexOf('-') + 1);
        assertThat(type).isIn("source", "sink", "action");
        assertThat(map(metadata, "labels")).containsEntry("camel.apache.org/kamelet.type", type);
        Map<String, Object> annotations = map(metadata, "annotations");
        assertThat(annotations).containsKeys("camel.apache.org/kamelet.support.level", "camel.apache.org/provider",
                "camel.apache.org/kamelet.group", "camel.apache.org/kamelet.namespace");
        assertThat(annotations.get("camel.apache.org/catalog.version")).isEqualTo(projectVersion());
        assertThat((String) annotations.get("camel.apache.org/kamelet.icon")).startsWith("data:image/svg+xml;base64,");

        Map<String, Object> spec = map(kamelet, "spec");
        Map<String, Object> definition = map(spec, "definition");
        String title = (String) definition.get("title");
        assertThat(title).endsWith(Character.toUpperCase(type.charAt(0)) + type.substring(1));
        assertThat((String) definition.get("description")).isNotBlank();
        assertThat(definition).containsEntry("type", "object");

        Map<String, Object> properties = map(definition, "properties");
        List<String> titles = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        properties.forEach((property, value) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> p = (Map<String, Object>) value;
            assertThat(p).as(property).containsKeys("type", "title", "description");
            String propertyTitle = (String) p.get("title");
            assertThat(Character.isUpperCase(propertyTitle.charAt(0))).as(propertyTitle).isTrue();
            assertThat(propertyTitle.split(" ")[0]).as(propertyTitle).isNotIn(ARTICLES);
            titles.add(propertyTitle);
            descriptions.add((String) p.get("description"));
            if ("password".equals(p.get("format"))) {
                assertThat(p.get("x-descriptors")).as(property).asList().contains("urn:camel:group:credentials");
            }
        });
        assertThat(titles).doesNotHaveDuplicates();
        assertThat(descriptions).doesNotHaveDuplicates();
        @SuppressWarnings("unchecked")
        List<String> required = (List<String>) definition.getOrDefault("required", List.of());
        assertThat(properties.keySet()).containsAll(required);
        assertThat(properties).as("secrets of %s", name)
                .allSatisfy((property, value) -> {
                    if (property.toLowerCase().contains("secret") || property.equals("accessKey")) {
                        assertThat(((Map<?, ?>) value).get("format")).as(property).isEqualTo("password");
                    }
                });

        // every declared property is used by the template, every placeholder is declared
        String template = dump(spec.get("template"));
        Set<String> used = new HashSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            used.add(m.group(1));
        }
        assertThat(used).containsExactlyInAnyOrderElementsOf(properties.keySet());

        // what the template calls is listed
        @SuppressWarnings("unchecked")
        List<String> dependencies = (List<String>) spec.get("dependencies");
        assertThat(dependencies).contains("camel:kamelet");
        String component = name.startsWith("trtc-") ? "camel-trtc-component" : "camel-alilive-component";
        String scheme = name.equals("trtc-transcript-source") ? "trtc-callbacks:"
                : name.startsWith("trtc-") ? "trtc:" : "alilive:";
        assertThat(template).contains(scheme);
        assertThat(dependencies).contains("mvn:dev.camelrtc:" + component + ":" + projectVersion());
        assertThat(template).contains(type.equals("source") ? "kamelet:sink" : "kamelet:source");
    }

    private static String projectVersion() {
        return System.getProperty("project.version", "0.1.0-SNAPSHOT");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String name) throws IOException {
        try (InputStream in = Files.newInputStream(DIR.resolve(name + ".kamelet.yaml"))) {
            return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        assertThat(parent).containsKey(key);
        return (Map<String, Object>) parent.get(key);
    }

    private static String dump(Object node) {
        return String.valueOf(node);
    }
}
