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

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.ConfigurerResolver;
import org.apache.camel.support.PluginHelper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks what tools (IDE plugins, catalog scanners) read to discover the components of a jar:
 * {@code META-INF/services/org/apache/camel/component.properties}, as Camel's own build writes it; and what Camel
 * itself resolves, the generated configurers.
 */
public final class ComponentDiscovery {

    private static final String SERVICES = "META-INF/services/org/apache/camel/";

    private ComponentDiscovery() {
    }

    /** The build output of {@code componentClass}'s module lists exactly its components, with the pom's coordinates. */
    public static void assertDiscoverable(Class<?> componentClass, String artifactId) throws Exception {
        Path classes = Path.of(componentClass.getProtectionDomain().getCodeSource().getLocation().toURI());
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(classes.resolve(SERVICES + "component.properties"))) {
            properties.load(in);
        }
        Set<String> schemes;
        try (Stream<Path> files = Files.list(classes.resolve(SERVICES + "component"))) {
            schemes = files.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        }
        assertThat(Set.of(properties.getProperty("components", "").split(" "))).as("components")
                .isEqualTo(schemes);
        assertThat(properties).containsEntry("groupId", "dev.camelrtc").containsEntry("artifactId", artifactId);
        assertThat(properties.values()).as("every value filled from the pom")
                .allSatisfy(v -> assertThat(v.toString()).isNotBlank().doesNotContain("${"));
    }

    /** Camel configures the endpoints and the component of {@code scheme} with the generated configurers. */
    public static void assertGeneratedConfigurersInUse(CamelContext context, String scheme,
                                                       Class<?> endpointConfigurer, Class<?> componentConfigurer) {
        ConfigurerResolver resolver = PluginHelper.getConfigurerResolver(context);
        assertThat(resolver.resolvePropertyConfigurer(scheme + "-endpoint", context)).isInstanceOf(endpointConfigurer);
        assertThat(resolver.resolvePropertyConfigurer(scheme + "-component", context))
                .isInstanceOf(componentConfigurer);
    }
}
