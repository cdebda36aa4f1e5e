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
package dev.camelrtc.support.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares a component's catalog (the JSON camel-component-maven-plugin generates) with the Spring Boot configuration
 * metadata of its starter ({@code META-INF/spring-configuration-metadata.json}, written by
 * spring-boot-configuration-processor), so that the two cannot drift: every component option has its
 * {@code camel.component.<scheme>.<kebab-name>} property with the same type, default and description, and the starter
 * has no property the component lacks.
 */
public final class StarterMetadata {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String METADATA = "META-INF/spring-configuration-metadata.json";
    /** Properties of the auto-configuration itself (ComponentConfigurationPropertiesCommon), not of the component. */
    private static final Set<String> STARTER_OWN = Set.of("enabled", "customizer.enabled");
    private static final Map<String, String> BOXED = Map.of("boolean", "java.lang.Boolean", "int", "java.lang.Integer",
            "long", "java.lang.Long");

    private final String scheme;
    private final Map<String, JsonNode> options = new LinkedHashMap<>();
    private final Map<String, JsonNode> properties = new LinkedHashMap<>();

    private StarterMetadata(String catalogResource) throws IOException {
        ClassLoader loader = StarterMetadata.class.getClassLoader();
        JsonNode catalog;
        try (InputStream in = loader.getResourceAsStream(catalogResource)) {
            if (in == null) {
                throw new IllegalArgumentException("no catalog " + catalogResource + " on the classpath");
            }
            catalog = JSON.readTree(in);
        }
        scheme = catalog.path("component").path("scheme").asText();
        catalog.path("componentProperties").fields().forEachRemaining(e -> options.put(e.getKey(), e.getValue()));
        String prefix = "camel.component." + scheme + ".";
        // every starter on the classpath has one; a property of this component's prefix can be in one only
        for (URL url : Collections.list(loader.getResources(METADATA))) {
            try (InputStream in = url.openStream()) {
                for (JsonNode property : JSON.readTree(in).path("properties")) {
                    String name = property.path("name").asText();
                    if (name.startsWith(prefix)) {
                        properties.put(name.substring(prefix.length()), property);
                    }
                }
            }
        }
    }

    /** Reads the catalog at {@code catalogResource} and every starter metadata file on the classpath. */
    public static StarterMetadata of(String catalogResource) throws IOException {
        return new StarterMetadata(catalogResource);
    }

    /** How many component options the catalog lists. */
    public int catalogOptions() {
        return options.size();
    }

    /** How many {@code camel.component.<scheme>.*} properties the metadata has, the starter's own included. */
    public int starterProperties() {
        return properties.size();
    }

    /**
     * Prints how many options and properties there are, and asserts that the catalog has options and that the
     * metadata agrees with it (no {@link #problems()}).
     */
    public void assertAgrees() {
        System.out.printf("camel.component.%s: %d catalog options, %d starter properties%n", scheme, catalogOptions(),
                starterProperties());
        assertThat(catalogOptions()).isPositive();
        assertThat(problems()).isEmpty();
    }

    /** Every difference between the catalog and the metadata; empty when they agree. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (String own : STARTER_OWN) {
            if (!properties.containsKey(own)) {
                problems.add("no property camel.component." + scheme + "." + own);
            }
        }
        for (Map.Entry<String, JsonNode> option : options.entrySet()) {
            String key = kebab(option.getKey());
            JsonNode property = properties.get(key);
            if (property == null) {
                problems.add("option " + option.getKey() + " has no property camel.component." + scheme + "." + key);
            } else {
                problems.addAll(compare(option.getKey(), option.getValue(), property));
            }
        }
        Set<String> optionKeys = options.keySet().stream().map(StarterMetadata::kebab).collect(Collectors.toSet());
        for (String key : properties.keySet()) {
            if (!STARTER_OWN.contains(key) && !optionKeys.contains(key)) {
                problems.add("property camel.component." + scheme + "." + key + " is no option of the component");
            }
        }
        return problems;
    }

    private static List<String> compare(String name, JsonNode option, JsonNode property) {
        List<String> problems = new ArrayList<>();
        String javaType = option.path("javaType").asText();
        String description = option.path("description").asText();
        String type = property.path("type").asText();
        String text = property.path("description").asText();
        String defaultValue = option.has("defaultValue") ? option.get("defaultValue").asText() : null;
        String propertyDefault = property.has("defaultValue") ? property.get("defaultValue").asText() : null;
        if ("object".equals(option.path("type").asText())) {
            // a bean: bound as a reference (#bean:name) that Camel resolves, the way Camel's own starters did
            String raw = javaType.replaceAll("<.*", "");
            expect(problems, name, "type", "java.lang.String", type);
            if (!text.startsWith(description) || !text.contains(raw)) {
                problems.add(name + ": description should be the catalog's followed by the bean type " + raw
                             + ", is: " + text);
            }
        } else {
            expect(problems, name, "type", BOXED.getOrDefault(javaType, javaType), type);
            expect(problems, name, "description", description, text);
        }
        expect(problems, name, "default", defaultValue, propertyDefault);
        return problems;
    }

    private static void expect(List<String> problems, String name, String what, String expected, String actual) {
        if (expected == null ? actual != null : !expected.equals(actual)) {
            problems.add(name + ": " + what + " in the catalog [" + expected + "], in the starter [" + actual + "]");
        }
    }

    /** The property name Spring Boot derives from a field: {@code sdkAppId} becomes {@code sdk-app-id}. */
    static String kebab(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
